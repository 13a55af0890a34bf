import { graphql } from '../__generated__';

// Selections several views share, written once; the client preset adds each fragment's definition to the
// documents that spread it (fragment masking is off, so the fields read as if selected inline).

/** A package's origin or destination: what the detail shows and the form edits. */
export const PlaceFields = graphql(`
  fragment DashboardPlace on Place {
    name
    address
    facilityCode
    lat
    lon
  }
`);

/** A facility as the maps draw it. */
export const FacilityFields = graphql(`
  fragment DashboardFacility on Facility {
    code
    name
    type
    lat
    lon
  }
`);

/** What the package form loads and what its update returns. */
export const EditablePackageFields = graphql(`
  fragment DashboardEditablePackage on Package {
    id
    trackingNumber
    carrier
    serviceLevel
    reference
    recipient
    promisedDeliveryAt
    origin {
      ...DashboardPlace
    }
    destination {
      ...DashboardPlace
    }
  }
`);
