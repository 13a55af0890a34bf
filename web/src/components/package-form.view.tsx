import { useState, type FormEvent, type ReactNode } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../__generated__';
import type { PlaceInput, ServiceLevel } from '../__generated__/graphql';
import { fieldErrors, type FieldErrors } from '../api/field-errors';
import { humanize, toLocalInput } from './display-format';
import { QueryFeedback } from './query-feedback';
import { hrefFor } from './use-hash-route';

const SERVICE_LEVELS: ServiceLevel[] = ['EXPRESS', 'STANDARD', 'ECONOMY'];

const CreatePackage = graphql(`
  mutation DashboardCreatePackage($input: CreatePackageInput!) {
    createPackage(input: $input) {
      id
      trackingNumber
    }
  }
`);
const UpdatePackage = graphql(`
  mutation DashboardUpdatePackage($id: ID!, $input: UpdatePackageInput!) {
    updatePackage(id: $id, input: $input) {
      ...DashboardEditablePackage
    }
  }
`);
const EditablePackage = graphql(`
  query DashboardEditablePackage($id: ID!) {
    package(id: $id) {
      ...DashboardEditablePackage
    }
  }
`);

type Values = Record<string, string>;
const PLACE_FIELDS = ['name', 'address', 'facilityCode', 'lat', 'lon'] as const;

function placeValues(prefix: string, place: Partial<Record<(typeof PLACE_FIELDS)[number], string | number | null>> | null | undefined): Values {
  return Object.fromEntries(PLACE_FIELDS.map((field) => [`${prefix}.${field}`, place?.[field] == null ? '' : String(place[field])]));
}

/** A number field left as typed when it is not a number, so the API names the problem. */
const numberOrText = (text: string): number | undefined => (text.trim() === '' ? undefined : Number(text));

function placeInput(values: Values, prefix: string): PlaceInput | null {
  const place: PlaceInput = {};
  for (const field of PLACE_FIELDS) {
    const text = values[`${prefix}.${field}`]?.trim() ?? '';
    if (!text) continue;
    if (field === 'lat' || field === 'lon') place[field] = numberOrText(text) ?? null;
    else place[field] = text;
  }
  return Object.keys(place).length > 0 ? place : null;
}

function Field({ name, label, errors, children, hint }: { name: string; label: string; errors: FieldErrors; children: ReactNode; hint?: string }) {
  const error = errors[name];
  return (
    <div className={`field ${error ? 'field-invalid' : ''}`}>
      <label htmlFor={`f-${name}`}>{label}</label>
      {children}
      {hint && !error && <span className="muted small">{hint}</span>}
      {error && (
        <span className="field-error" id={`f-${name}-error`} role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

/** Create (no id) or edit a package; the API validates, and its messages appear under the field concerned. */
export function PackageFormView({ id }: { id?: string }) {
  const [existing] = useQuery({ query: EditablePackage, variables: { id: id ?? '' }, pause: !id, requestPolicy: 'network-only' });
  if (id && !existing.data) return <QueryFeedback error={existing.error} loading={existing.fetching} />;
  if (id && existing.data && !existing.data.package) return <p className="error">No package with id {id} in your organization.</p>;
  const pkg = existing.data?.package ?? null;
  const initial: Values = {
    trackingNumber: pkg?.trackingNumber ?? '',
    carrier: pkg?.carrier ?? '',
    serviceLevel: pkg?.serviceLevel ?? 'STANDARD',
    reference: pkg?.reference ?? '',
    recipient: pkg?.recipient ?? '',
    promisedDeliveryAt: toLocalInput(pkg?.promisedDeliveryAt),
    ...placeValues('origin', pkg?.origin),
    ...placeValues('destination', pkg?.destination),
  };
  return <PackageForm key={pkg?.id ?? 'new'} id={id} initial={initial} />;
}

function PackageForm({ id, initial }: { id: string | undefined; initial: Values }) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [creating, create] = useMutation(CreatePackage);
  const [updating, update] = useMutation(UpdatePackage);
  const set = (name: string) => (event: { target: { value: string } }) => setValues((current) => ({ ...current, [name]: event.target.value }));
  const input = (name: string, props: Record<string, unknown> = {}) => (
    <input id={`f-${name}`} name={name} value={values[name] ?? ''} onChange={set(name)} aria-invalid={Boolean(errors[name])} aria-describedby={errors[name] ? `f-${name}-error` : undefined} {...props} />
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    setErrors({});
    const promised = values.promisedDeliveryAt?.trim();
    const common = {
      carrier: values.carrier ?? '',
      serviceLevel: values.serviceLevel as ServiceLevel,
      reference: values.reference?.trim() || null,
      recipient: values.recipient?.trim() || null,
      origin: placeInput(values, 'origin'),
      destination: placeInput(values, 'destination'),
      promisedDeliveryAt: promised ? new Date(promised).toISOString() : null,
    };
    const result = id ? await update({ id, input: common }) : await create({ input: { ...common, trackingNumber: values.trackingNumber ?? '' } });
    if (result.error) return setErrors(fieldErrors(result.error));
    const saved = result.data && ('createPackage' in result.data ? result.data.createPackage : result.data.updatePackage);
    if (saved) location.hash = hrefFor.package(saved.id);
  }

  const place = (prefix: 'origin' | 'destination') => (
    <fieldset className="place-fields">
      <legend>{humanize(prefix)}</legend>
      <Field name={`${prefix}.name`} label="Name" errors={errors}>
        {input(`${prefix}.name`)}
      </Field>
      <Field name={`${prefix}.address`} label="Address" errors={errors}>
        {input(`${prefix}.address`)}
      </Field>
      <Field name={`${prefix}.facilityCode`} label="Facility code" errors={errors}>
        {input(`${prefix}.facilityCode`)}
      </Field>
      <Field name={`${prefix}.lat`} label="Latitude" errors={errors}>
        {input(`${prefix}.lat`, { inputMode: 'decimal' })}
      </Field>
      <Field name={`${prefix}.lon`} label="Longitude" errors={errors}>
        {input(`${prefix}.lon`, { inputMode: 'decimal' })}
      </Field>
      {errors[prefix] && (
        <span className="field-error" role="alert">
          {errors[prefix]}
        </span>
      )}
    </fieldset>
  );

  return (
    <section>
      <p>
        <a href={id ? hrefFor.package(id) : hrefFor.packages()}>← {id ? 'Package' : 'Packages'}</a>
      </p>
      <h2>{id ? `Edit ${initial.trackingNumber}` : 'New package'}</h2>
      <form className="card package-form" onSubmit={(e) => void submit(e)} noValidate>
        {errors[''] && (
          <p className="error" role="alert">
            {errors['']}
          </p>
        )}
        <div className="form-grid">
          <Field name="trackingNumber" label="Tracking number" errors={errors} hint={id ? 'cannot be changed' : 'letters, digits and . - _ /'}>
            {input('trackingNumber', { disabled: Boolean(id), autoFocus: !id })}
          </Field>
          <Field name="carrier" label="Carrier" errors={errors}>
            {input('carrier')}
          </Field>
          <Field name="serviceLevel" label="Service level" errors={errors}>
            <select id="f-serviceLevel" value={values.serviceLevel} onChange={set('serviceLevel')}>
              {SERVICE_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {humanize(level)}
                </option>
              ))}
            </select>
          </Field>
          <Field name="promisedDeliveryAt" label="Promised delivery" errors={errors} hint="your local time">
            {input('promisedDeliveryAt', { type: 'datetime-local' })}
          </Field>
          <Field name="reference" label="Reference" errors={errors}>
            {input('reference')}
          </Field>
          <Field name="recipient" label="Recipient" errors={errors}>
            {input('recipient')}
          </Field>
        </div>
        <div className="form-grid">
          {place('origin')}
          {place('destination')}
        </div>
        <div className="button-row">
          <button type="submit" className="primary" disabled={creating.fetching || updating.fetching}>
            {id ? 'Save changes' : 'Create package'}
          </button>
          <a className="button" href={id ? hrefFor.package(id) : hrefFor.packages()}>
            Cancel
          </a>
        </div>
      </form>
    </section>
  );
}
