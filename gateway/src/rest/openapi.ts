/** OpenAPI 3.1 description of the REST shim, served at /api/v1/openapi.json. */
import { PACKAGE_SORTS } from './query-params.js';
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object) => ({ content: { 'application/json': { schema } } });
const errors = Object.fromEntries(
  ['400', '401', '403', '404', '409', '413', '422'].map((status) => [status, { description: 'Error', ...json(ref('Error')) }]),
);
const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } };
const packageIdParam = { ...idParam, name: 'package_id' };
const filterParams = [
  { name: 'status', in: 'query', schema: { type: 'string' }, description: 'Comma-separated statuses' },
  { name: 'carrier', in: 'query', schema: { type: 'string' }, description: 'Comma-separated carriers' },
  { name: 'reason', in: 'query', schema: { type: 'string' }, description: 'Comma-separated event reasons: packages with at least one event of one of them' },
  {
    name: 'facility',
    in: 'query',
    schema: { type: 'string' },
    description: 'Comma-separated facility codes (at most 100): packages whose latest located scan was at one of them, e.g. `status=OUT_FOR_DELIVERY&facility=DEP-MUC`',
  },
  { name: 'q', in: 'query', schema: { type: 'string' }, description: 'Free text: tracking number, reference, recipient or city' },
  { name: 'created_from', in: 'query', schema: { type: 'string', format: 'date-time' } },
  { name: 'created_to', in: 'query', schema: { type: 'string', format: 'date-time' } },
];
const place = { type: ['object', 'null'], properties: { name: { type: ['string', 'null'] }, address: { type: ['string', 'null'] }, lat: { type: ['number', 'null'] }, lon: { type: ['number', 'null'] }, facility_code: { type: ['string', 'null'] } } };
const location = { type: ['object', 'null'], properties: { facility_code: { type: ['string', 'null'] }, name: { type: ['string', 'null'] }, lat: { type: ['number', 'null'] }, lon: { type: ['number', 'null'] } } };
const statuses = ['INFO_RECEIVED', 'IN_TRANSIT', 'OUT_FOR_DELIVERY', 'FAILED_ATTEMPT', 'AVAILABLE_FOR_PICKUP', 'DELIVERED', 'EXCEPTION', 'RETURNED', 'CANCELLED'];
const webhookEvents = ['package.created', 'package.status_changed', 'package.delivered', 'anomaly.opened', 'anomaly.resolved', 'investigation.completed', 'eta.changed'];
const investigation = (summary: string) => ({
  post: { summary, parameters: [packageIdParam], responses: { '202': { description: 'Queued investigation', ...json(ref('Investigation')) }, ...errors } },
});

export const openApiDocument = {
  openapi: '3.1.0',
  info: { title: 'ClearPath REST API', version: '1.0.0', description: 'Legacy REST routes, answered by GraphQL operations on the supergraph.' },
  servers: [{ url: '/api/v1' }],
  security: [{ bearer: [] }, { apiKey: [] }],
  paths: {
    '/packages': {
      get: {
        summary: 'List packages (keyset pagination)',
        parameters: [
          ...filterParams,
          { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 500, default: 50 } },
          { name: 'cursor', in: 'query', schema: { type: 'string' } },
          { name: 'sort', in: 'query', description: 'ties page in a fixed order (the id last); missing dates and facilities sort last', schema: { enum: Object.keys(PACKAGE_SORTS) } },
          { name: 'order', in: 'query', schema: { enum: ['asc', 'desc'] } },
          {
            name: 'count',
            in: 'query',
            description: 'total_count: `true` (default) exact when cheap, else the planner estimate (total_count_estimated says which); `exact` counts every row; `false` omits it',
            schema: { enum: ['true', 'exact', 'false'] },
          },
        ],
        responses: {
          '200': {
            description: 'A page',
            ...json({
              type: 'object',
              properties: {
                data: { type: 'array', items: ref('Package') },
                next_cursor: { type: ['string', 'null'] },
                has_more: { type: 'boolean' },
                total_count: { type: 'integer' },
                total_count_estimated: { type: 'boolean' },
              },
            }),
          },
          ...errors,
        },
      },
      post: { summary: 'Create a package', requestBody: json(ref('PackageInput')), responses: { '201': { description: 'Created', ...json(ref('Package')) }, ...errors } },
    },
    '/packages/stats': { get: { summary: 'Package statistics', parameters: filterParams, responses: { '200': { description: 'Stats', ...json(ref('Stats')) }, ...errors } } },
    '/packages/export': {
      get: {
        summary: 'Export packages (streamed)',
        parameters: [{ name: 'format', in: 'query', schema: { enum: ['csv', 'ndjson'] } }, ...filterParams],
        responses: { '200': { description: 'CSV or NDJSON stream', content: { 'text/csv': {}, 'application/x-ndjson': {} } }, ...errors },
      },
    },
    '/packages/at-risk': {
      get: {
        summary: 'Moving packages most likely to miss their promise within the horizon, ranked (risk, then promise), with the ETA band and the slow stage',
        parameters: [
          { name: 'horizon_hours', in: 'query', schema: { type: 'number', exclusiveMinimum: 0, maximum: 720, default: 48 }, description: 'Promises due within this many hours' },
          { name: 'carrier', in: 'query', schema: { type: 'string' }, description: 'Comma-separated carriers' },
          { name: 'facility_code', in: 'query', schema: { type: 'string' }, description: 'Comma-separated facility codes where the package is now' },
          { name: 'service_level', in: 'query', schema: { type: 'string' }, description: 'Comma-separated EXPRESS, STANDARD, ECONOMY' },
          { name: 'min_risk', in: 'query', schema: { type: 'number', minimum: 0, maximum: 1, default: 0.2 } },
          { name: 'include_overdue', in: 'query', schema: { type: 'boolean', default: false }, description: 'Also packages whose promise has passed' },
          { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 0, maximum: 200, default: 50 } },
          { name: 'cursor', in: 'query', schema: { type: 'string' } },
        ],
        responses: {
          '200': {
            description: 'A page of the ranking',
            ...json({ type: 'object', properties: { data: { type: 'array', items: ref('AtRiskPackage') }, next_cursor: { type: ['string', 'null'] }, has_more: { type: 'boolean' }, total_count: { type: 'integer' }, partial: { type: 'boolean' } } }),
          },
          ...errors,
        },
      },
    },
    '/packages/{id}': {
      get: { summary: 'Get a package', parameters: [idParam], responses: { '200': { description: 'Package', ...json(ref('Package')) }, ...errors } },
      put: { summary: 'Update a package', parameters: [idParam], requestBody: json(ref('PackageInput')), responses: { '200': { description: 'Package', ...json(ref('Package')) }, ...errors } },
      delete: { summary: 'Delete a package (soft)', parameters: [idParam], responses: { '200': { description: 'Deleted', ...json({ type: 'object', properties: { id: { type: 'string' }, deleted: { type: 'boolean' } } }) }, ...errors } },
    },
    '/packages/{id}/events': {
      get: { summary: 'Events of a package', parameters: [idParam], responses: { '200': { description: 'Events', ...json({ type: 'object', properties: { data: { type: 'array', items: ref('Event') } } }) }, ...errors } },
      post: { summary: 'Record events for a package', parameters: [idParam], requestBody: json({ oneOf: [ref('EventInput'), { type: 'array', items: ref('EventInput') }] }), responses: { '201': { description: 'Result', ...json(ref('RecordResult')) }, '200': { description: 'Only duplicates', ...json(ref('RecordResult')) }, ...errors } },
    },
    '/events': {
      post: {
        summary: 'Bulk ingest (JSON array or NDJSON, up to 5,000 events)',
        requestBody: { content: { 'application/json': { schema: { type: 'array', items: ref('EventInput') } }, 'application/x-ndjson': { schema: { type: 'string' } } } },
        responses: { '201': { description: 'Result', ...json(ref('RecordResult')) }, '200': { description: 'Only duplicates', ...json(ref('RecordResult')) }, ...errors },
      },
    },
    '/agents/investigate/anomaly/{package_id}': investigation("Investigate the package's anomalies (runs in the background)"),
    '/agents/investigate/delay/{package_id}': investigation('Investigate why the package is or will be late'),
    '/agents/optimize/route/{package_id}': investigation('Propose better paths over the facility network'),
    '/agents/predict/{package_id}': investigation('Predict whether a moving package will miss its promise, which stage is slow and what to do (409 for a finished package)'),
    '/agents/predict': {
      post: {
        summary: 'Start a prediction for each of the top packages of an at-risk cohort (the /packages/at-risk parameters as JSON; limit 1–50, default 10)',
        requestBody: json({
          type: 'object',
          additionalProperties: false,
          properties: {
            carrier: { type: 'array', items: { type: 'string' } },
            facility_code: { type: 'array', items: { type: 'string' } },
            service_level: { type: 'array', items: { enum: ['EXPRESS', 'STANDARD', 'ECONOMY'] } },
            min_risk: { type: 'number', minimum: 0, maximum: 1 },
            include_overdue: { type: 'boolean' },
            horizon_hours: { type: 'number', exclusiveMinimum: 0, maximum: 720 },
            limit: { type: 'integer', minimum: 1, maximum: 50, default: 10 },
          },
        }),
        responses: { '202': { description: 'Queued (or already running) investigations in ranking order', ...json({ type: 'object', properties: { data: { type: 'array', items: ref('Investigation') } } }) }, ...errors },
      },
    },
    '/api-keys': {
      get: {
        summary: "The organization's API keys, newest first (admins only)",
        parameters: [{ name: 'include_revoked', in: 'query', schema: { type: 'boolean', default: false } }],
        responses: { '200': { description: 'Keys', ...json({ type: 'object', properties: { data: { type: 'array', items: ref('ApiKey') } } }) }, ...errors },
      },
      post: {
        summary: 'Create an API key (admins only); the response is the only place its secret appears',
        requestBody: json(ref('ApiKeyInput')),
        responses: { '201': { description: 'Created; key is the secret', ...json({ allOf: [ref('ApiKey'), { type: 'object', required: ['key'], properties: { key: { type: 'string' } } }] }) }, ...errors },
      },
    },
    '/api-keys/{id}': {
      delete: { summary: 'Revoke an API key (admins only; every replica refuses it within seconds)', parameters: [idParam], responses: { '200': { description: 'Revoked key', ...json(ref('ApiKey')) }, ...errors } },
    },
    '/delivery-routes': {
      post: {
        summary: 'Plan delivery routes for many stops (operators; capacities and time windows)',
        requestBody: json(ref('DeliveryRoutesInput')),
        responses: {
          '200': { description: 'Plan', ...json(ref('DeliveryPlan')) },
          ...errors,
          '503': { description: 'Every solver is busy and the queue is full: retry after the Retry-After seconds', headers: { 'Retry-After': { schema: { type: 'integer' } } }, ...json(ref('Error')) },
        },
      },
    },
    '/agents/investigations/{package_id}': {
      get: { summary: 'Investigations of a package', parameters: [packageIdParam], responses: { '200': { description: 'Investigations', ...json({ type: 'object', properties: { data: { type: 'array', items: ref('Investigation') } } }) }, ...errors } },
    },
    '/webhooks': {
      get: { summary: "The organization's webhook endpoints (admins only)", responses: { '200': { description: 'Endpoints', ...json({ type: 'object', properties: { data: { type: 'array', items: ref('WebhookEndpoint') } } }) }, ...errors } },
      post: {
        summary: 'Register a webhook endpoint (admins only); the response is the only place its signing secret appears',
        requestBody: json(ref('WebhookEndpointInput')),
        responses: { '201': { description: 'Created; secret signs every delivery', ...json({ allOf: [ref('WebhookEndpoint'), { type: 'object', required: ['secret'], properties: { secret: { type: 'string' } } }] }) }, ...errors },
      },
    },
    '/webhooks/{id}': {
      get: { summary: 'A webhook endpoint', parameters: [idParam], responses: { '200': { description: 'Endpoint', ...json(ref('WebhookEndpoint')) }, ...errors } },
      patch: { summary: 'Change url, events or enabled (enabling clears the failure count)', parameters: [idParam], requestBody: json(ref('WebhookEndpointInput')), responses: { '200': { description: 'Endpoint', ...json(ref('WebhookEndpoint')) }, ...errors } },
      delete: { summary: 'Remove an endpoint and its delivery log', parameters: [idParam], responses: { '200': { description: 'Removed endpoint', ...json(ref('WebhookEndpoint')) }, ...errors } },
    },
    '/webhooks/{id}/rotate-secret': {
      post: { summary: 'Replace the signing secret (returned once)', parameters: [idParam], responses: { '200': { description: 'Endpoint with its new secret', ...json({ allOf: [ref('WebhookEndpoint'), { type: 'object', properties: { secret: { type: 'string' } } }] }) }, ...errors } },
    },
    '/webhooks/{id}/test': {
      post: { summary: 'Send a webhook.test event to this endpoint', parameters: [idParam], responses: { '202': { description: 'Queued delivery', ...json(ref('WebhookDelivery')) }, ...errors } },
    },
    '/webhooks/{id}/deliveries': {
      get: {
        summary: "The endpoint's delivery log, newest first, with every attempt",
        parameters: [idParam, { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 200, default: 50 } }],
        responses: { '200': { description: 'Deliveries', ...json({ type: 'object', properties: { data: { type: 'array', items: ref('WebhookDelivery') } } }) }, ...errors },
      },
    },
    '/webhooks/{id}/deliveries/{delivery_id}/redeliver': {
      post: {
        summary: 'Send a delivery again (any state), with a fresh retry window',
        parameters: [idParam, { ...idParam, name: 'delivery_id' }],
        responses: { '202': { description: 'Queued delivery', ...json(ref('WebhookDelivery')) }, ...errors },
      },
    },
    '/notification-settings': {
      get: { summary: 'Who is told about anomalies and completed investigations (admins only)', responses: { '200': { description: 'Settings', ...json(ref('NotificationSettings')) }, ...errors } },
      put: { summary: 'Change notification settings (fields left out keep their value)', requestBody: json(ref('NotificationSettings')), responses: { '200': { description: 'Settings', ...json(ref('NotificationSettings')) }, ...errors } },
    },
    '/integrations/epcis/events': {
      post: {
        summary: 'Ingest GS1 EPCIS 2.0 ObjectEvents (EPCISDocument or event list; operators); one tracking event per EPC, matched to a package by tracking number or reference',
        requestBody: { required: true, content: { 'application/json': { schema: ref('EpcisBody') }, 'application/ld+json': { schema: ref('EpcisBody') } } },
        responses: {
          '200': { description: 'Per-EPC result; rejections point into the body', ...json(ref('EpcisResult')) },
          ...errors,
          '415': { description: 'Not JSON', ...json(ref('Error')) },
        },
      },
    },
    '/integrations/x12/214': {
      post: {
        summary: 'Ingest an X12 214 (carrier shipment status) interchange (operators); one tracking event per AT7, the package named by B1002',
        description: 'Send Accept: application/edi-x12 to receive the 997 itself instead of JSON. A malformed interchange is refused whole (400).',
        parameters: [
          { name: 'ack', in: 'query', schema: { enum: ['997'] }, description: 'Add a 997 functional acknowledgment as ack_997' },
        ],
        requestBody: { required: true, content: { 'application/edi-x12': { schema: { type: 'string' } }, 'text/plain': { schema: { type: 'string' } } } },
        responses: {
          '200': { description: 'Per-transaction-set results (or the 997 with Accept: application/edi-x12)', content: { ...json(ref('X12Result')).content, 'application/edi-x12': { schema: { type: 'string' } } } },
          ...errors,
          '400': { description: 'Malformed interchange: details name the segment number, segment id and element', ...json(ref('X12Error')) },
          '415': { description: 'Not an EDI or text body', ...json(ref('Error')) },
        },
      },
    },
  },
  components: {
    securitySchemes: {
      bearer: { type: 'http', scheme: 'bearer', description: 'Clerk session token or API key' },
      apiKey: { type: 'apiKey', in: 'header', name: 'X-API-Key' },
    },
    schemas: {
      X12Result: {
        type: 'object',
        properties: {
          interchange_control_number: { type: 'string' },
          transactions: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                control_number: { type: 'string' }, group_control_number: { type: 'string' }, shipment_id: { type: 'string' }, reference: { type: ['string', 'null'] }, accepted: { type: 'integer' },
                duplicates: { type: 'array', items: { type: 'object', properties: { index: { type: 'integer' }, event_id: { type: 'string' } } } },
                rejected: { type: 'array', items: { type: 'object', properties: { index: { type: 'integer' }, event_id: { type: 'string' }, code: { type: 'string' }, message: { type: 'string' } } } },
              },
            },
          },
          ack_997: { type: 'string' },
        },
      },
      X12Error: { allOf: [ref('Error'), { type: 'object', properties: { error: { type: 'object', properties: { details: { type: 'object', properties: { segment: { type: 'integer' }, segment_id: { type: 'string' }, element: { type: ['integer', 'null'] } } } } } } }] },
      WebhookEndpointInput: {
        type: 'object',
        properties: {
          url: { type: 'string', format: 'uri', description: 'http(s); private, loopback and link-local targets are refused unless CLEARPATH_WEBHOOK_ALLOWED_HOSTS permits them' },
          events: { type: 'array', items: { enum: webhookEvents } },
          enabled: { type: 'boolean' },
        },
      },
      WebhookEndpoint: {
        type: 'object',
        properties: {
          id: { type: 'string', format: 'uuid' }, url: { type: 'string' }, events: { type: 'array', items: { enum: webhookEvents } }, enabled: { type: 'boolean' },
          disabled_reason: { type: ['string', 'null'] }, consecutive_failures: { type: 'integer' },
          created_at: { type: 'string', format: 'date-time' }, updated_at: { type: 'string', format: 'date-time' },
        },
      },
      WebhookDelivery: {
        type: 'object',
        properties: {
          id: { type: 'string', format: 'uuid' }, event_id: { type: 'string', format: 'uuid' }, endpoint_id: { type: 'string', format: 'uuid' }, event_type: { type: 'string' },
          state: { enum: ['PENDING', 'DELIVERED', 'FAILED'] }, attempt_count: { type: 'integer' }, next_attempt_at: { type: ['string', 'null'], format: 'date-time' },
          last_error: { type: ['string', 'null'] }, created_at: { type: 'string', format: 'date-time' }, delivered_at: { type: ['string', 'null'], format: 'date-time' },
          payload: { type: 'object' },
          attempts: { type: 'array', items: { type: 'object', properties: { at: { type: 'string', format: 'date-time' }, status_code: { type: ['integer', 'null'] }, latency_ms: { type: 'integer' }, error: { type: ['string', 'null'] }, response_excerpt: { type: ['string', 'null'] } } } },
        },
      },
      NotificationSettings: {
        type: 'object',
        properties: {
          email_to: { type: 'array', items: { type: 'string', format: 'email' } }, min_severity: { enum: ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] },
          investigations: { type: 'boolean' }, digest_minutes: { type: ['integer', 'null'], minimum: 1, maximum: 1440 },
        },
      },
      Error: { type: 'object', required: ['error'], properties: { error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' }, details: {} } } } },
      Package: {
        type: 'object',
        properties: {
          id: { type: 'string', format: 'uuid' }, tracking_number: { type: 'string' }, carrier: { type: 'string' }, service_level: { enum: ['EXPRESS', 'STANDARD', 'ECONOMY'] },
          reference: { type: ['string', 'null'] }, recipient: { type: ['string', 'null'] }, status: { enum: statuses }, origin: place, destination: place,
          promised_delivery_at: { type: ['string', 'null'], format: 'date-time' }, current_location: location,
          last_event_at: { type: ['string', 'null'], format: 'date-time' }, delivered_at: { type: ['string', 'null'], format: 'date-time' },
          metadata: { type: 'object' }, created_at: { type: 'string', format: 'date-time' }, updated_at: { type: 'string', format: 'date-time' },
        },
      },
      PackageInput: {
        type: 'object',
        properties: {
          tracking_number: { type: 'string' }, carrier: { type: 'string' }, service_level: { enum: ['EXPRESS', 'STANDARD', 'ECONOMY'] }, reference: { type: 'string' },
          recipient: { type: 'string' }, origin: place, destination: place, promised_delivery_at: { type: 'string', format: 'date-time' }, metadata: { type: 'object' },
        },
      },
      EventInput: {
        type: 'object',
        required: ['event_id', 'occurred_at'],
        properties: {
          event_id: { type: 'string' }, package_id: { type: 'string', format: 'uuid' }, tracking_number: { type: 'string' }, status: { enum: statuses },
          carrier_code: { type: 'string' }, description: { type: 'string' }, occurred_at: { type: 'string', format: 'date-time' }, location, attributes: { type: 'object' },
        },
      },
      Event: {
        type: 'object',
        properties: {
          id: { type: 'string' }, event_id: { type: 'string' }, package_id: { type: 'string' }, status: { enum: statuses }, carrier_code: { type: ['string', 'null'] },
          description: { type: ['string', 'null'] }, occurred_at: { type: 'string', format: 'date-time' }, received_at: { type: 'string', format: 'date-time' },
          location, attributes: { type: 'object' }, seq: { type: 'string' },
        },
      },
      RecordResult: {
        type: 'object',
        properties: {
          accepted: { type: 'integer' },
          duplicates: { type: 'array', items: { type: 'object', properties: { index: { type: 'integer' }, event_id: { type: 'string' } } } },
          rejected: { type: 'array', items: { type: 'object', properties: { index: { type: 'integer' }, event_id: { type: ['string', 'null'] }, code: { type: 'string' }, message: { type: 'string' } } } },
        },
      },
      Stats: { type: 'object', properties: { total: { type: 'integer' }, by_status: { type: 'array' }, by_carrier: { type: 'array' }, on_time_rate: { type: ['number', 'null'] }, median_transit_hours: { type: ['number', 'null'] }, p90_transit_hours: { type: ['number', 'null'] }, exceptions: { type: 'integer' }, events_per_hour: { type: 'array' } } },
      ApiKey: {
        type: 'object',
        properties: {
          id: { type: 'string', format: 'uuid' }, name: { type: 'string' }, role: { enum: ['ADMIN', 'OPERATOR', 'VIEWER'] }, prefix: { type: 'string' },
          created_at: { type: 'string', format: 'date-time' }, last_used_at: { type: ['string', 'null'], format: 'date-time' },
          expires_at: { type: ['string', 'null'], format: 'date-time' }, revoked_at: { type: ['string', 'null'], format: 'date-time' }, bootstrap: { type: 'boolean' },
        },
      },
      ApiKeyInput: {
        type: 'object',
        required: ['name', 'role'],
        properties: { name: { type: 'string', minLength: 1, maxLength: 100 }, role: { enum: ['admin', 'operator', 'viewer'] }, expires_at: { type: ['string', 'null'], format: 'date-time' } },
      },
      DeliveryRoutesInput: {
        type: 'object',
        required: ['depot', 'start_at', 'stops', 'fleet'],
        properties: {
          depot: { type: 'object', required: ['lat', 'lon'], properties: { lat: { type: 'number' }, lon: { type: 'number' } } },
          start_at: { type: 'string', format: 'date-time' }, end_at: { type: ['string', 'null'], format: 'date-time' },
          stops: {
            type: 'array',
            items: {
              type: 'object',
              required: ['id', 'lat', 'lon'],
              properties: {
                id: { type: 'string' }, lat: { type: 'number' }, lon: { type: 'number' }, demand: { type: 'integer', default: 1 }, service_minutes: { type: 'number', default: 5 },
                window_start: { type: ['string', 'null'], format: 'date-time' }, window_end: { type: ['string', 'null'], format: 'date-time' },
              },
            },
          },
          fleet: { type: 'object', required: ['count', 'capacity'], properties: { count: { type: 'integer' }, capacity: { type: 'integer' }, speed_kmh: { type: 'number', default: 30 } } },
          time_limit_seconds: { type: 'number', minimum: 0.1, maximum: 30, default: 2 },
          objective: { enum: ['VEHICLES_THEN_DISTANCE', 'DISTANCE'], default: 'VEHICLES_THEN_DISTANCE' },
          vehicle_cost_km: { type: 'number', minimum: 0, default: 0 },
        },
      },
      DeliveryPlan: {
        type: 'object',
        properties: {
          objective: { enum: ['VEHICLES_THEN_DISTANCE', 'DISTANCE'] }, vehicles: { type: 'integer' }, distance_km: { type: 'number' }, cost_km: { type: 'number' },
          routes: { type: 'array', items: { type: 'object', properties: { vehicle: { type: 'integer' }, load: { type: 'integer' }, distance_km: { type: 'number' }, return_at: { type: 'string', format: 'date-time' }, stops: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, arrival_at: { type: 'string', format: 'date-time' }, depart_at: { type: 'string', format: 'date-time' } } } } } } },
        },
      },
      EpcisEvent: {
        type: 'object',
        required: ['type', 'action', 'eventTime'],
        properties: {
          type: { enum: ['ObjectEvent', 'AggregationEvent', 'TransactionEvent', 'TransformationEvent', 'AssociationEvent'] }, eventID: { type: 'string' },
          action: { enum: ['ADD', 'OBSERVE', 'DELETE'] }, bizStep: { type: 'string' }, disposition: { type: 'string' },
          eventTime: { type: 'string', format: 'date-time' }, eventTimeZoneOffset: { type: 'string', pattern: '^[+-]\\d{2}:\\d{2}$' },
          epcList: { type: 'array', items: { type: 'string' } },
          quantityList: { type: 'array', items: { type: 'object', required: ['epcClass'], properties: { epcClass: { type: 'string' }, quantity: { type: 'number' }, uom: { type: 'string' } } } },
          readPoint: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } }, bizLocation: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } },
        },
      },
      EpcisBody: {
        oneOf: [
          { type: 'object', required: ['type', 'epcisBody'], properties: { '@context': {}, type: { enum: ['EPCISDocument'] }, schemaVersion: { type: 'string' }, creationDate: { type: 'string', format: 'date-time' }, epcisBody: { type: 'object', required: ['eventList'], properties: { eventList: { type: 'array', items: ref('EpcisEvent') } } } } },
          { type: 'array', items: ref('EpcisEvent') },
        ],
      },
      EpcisResult: {
        type: 'object',
        properties: {
          accepted: { type: 'integer', description: 'Tracking events stored (one per EPC)' },
          duplicates: { type: 'array', items: { type: 'object', properties: { index: { type: 'integer' }, pointer: { type: 'string' }, event_id: { type: 'string' } } } },
          rejected: { type: 'array', items: { type: 'object', properties: { index: { type: 'integer' }, pointer: { type: 'string', description: 'JSON pointer into the request body' }, code: { type: 'string' }, message: { type: 'string' } } } },
        },
      },
      EtaStage: {
        type: 'object',
        properties: {
          label: { type: 'string' }, elapsed_hours: { type: 'number' }, remaining_hours: { type: 'number' }, typical_hours: { type: 'number' },
          excess_hours: { type: 'number' }, slowdown: { type: 'number' }, slow: { type: 'boolean' }, learned: { type: 'boolean' },
        },
      },
      AtRiskPackage: {
        type: 'object',
        properties: {
          package: { type: 'object', properties: { id: { type: 'string' }, tracking_number: { type: 'string' }, carrier: { type: 'string' }, service_level: { type: 'string' }, status: { enum: statuses }, current_location: location } },
          risk: { type: 'number', description: '1 - on-time probability' },
          promised_delivery_at: { type: 'string', format: 'date-time' },
          reason: { type: 'string' },
          eta: { type: 'object', properties: { p50: { type: 'string' }, p90: { type: 'string' }, on_time_probability: { type: 'number' }, basis: { type: 'string' }, basis_reason: { type: 'string' }, remaining_path: { type: 'array', items: { type: 'string' } } } },
          slow_stage: { oneOf: [ref('EtaStage'), { type: 'null' }] },
        },
      },
      Investigation: { type: 'object', properties: { id: { type: 'string' }, package_id: { type: 'string' }, kind: { type: 'string' }, state: { enum: ['QUEUED', 'RUNNING', 'COMPLETED', 'FAILED'] }, document: { type: 'object' }, error: { type: ['string', 'null'] }, created_at: { type: 'string' }, completed_at: { type: ['string', 'null'] } } },
    },
  },
} as const;
