import type { Routes } from '../route.js';
import { articleRoutes } from './articles.js';
import { baseRoutes } from './bases.js';
import { diffRoutes } from './diff.js';
import { graphRoutes } from './graph.js';
import { eventRoutes } from './events.js';
import { factRoutes } from './facts.js';
import { healthRoutes } from './health.js';
import { obligationRoutes } from './obligations.js';
import { organizationRoutes } from './organizations.js';
import { searchRoutes } from './search.js';
import { stateRoutes } from './states.js';

/** Every resource of the API, one file each. */
export const ROUTES: readonly Routes[] = [
  healthRoutes,
  organizationRoutes,
  stateRoutes,
  baseRoutes,
  graphRoutes,
  diffRoutes,
  searchRoutes,
  obligationRoutes,
  articleRoutes,
  eventRoutes,
  factRoutes,
];
