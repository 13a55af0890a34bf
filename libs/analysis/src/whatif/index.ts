export {
  hoursUntilReaching,
  whatIf,
  type FacilityDisruption,
  type WhatIfImpact,
  type WhatIfOptions,
  type WhatIfPackage,
  type WhatIfReroute,
  type WhatIfResult,
} from './what-if.js';
