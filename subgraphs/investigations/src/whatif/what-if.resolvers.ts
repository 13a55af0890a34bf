import type { Resolvers } from '../__generated__/resolvers-types.js';
import { runWhatIf } from './what-if.service.js';

export const whatIfResolvers: Resolvers = {
  Query: {
    whatIf: (_, args, ctx) => runWhatIf(ctx, ctx.session.organizationId, args),
  },
  WhatIfImpact: {
    package: (i) => ({ id: i.packageId }),
  },
  WhatIfReroute: {
    package: (r) => ({ id: r.packageId }),
  },
};
