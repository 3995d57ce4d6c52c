import { z } from 'zod';
import type { App } from '../../app.js';
import type { Routes } from '../route.js';
import { capabilities } from '../capabilities.js';

const healthAnswer = z.strictObject({
  status: z.enum(['ok', 'empty']).describe('empty: the database has no reference data yet'),
  store: z.string(),
  reference: z.string().nullable().describe('the reference data version loaded'),
  newestDay: z.string().nullable().describe('the newest day the data knows: the latest day any loaded dataset or curated file speaks of'),
  today: z.string().describe('the day the server takes as today; days after it are refused, days after newestDay are answered carried forward'),
  capabilities: z.strictObject({
    graph: z.boolean(),
    obligations: z.boolean().describe('obligations, cascade and conflicts (issue 3)'),
    news: z.boolean().describe('articles and events (issue 4)'),
  }),
  datasets: z.array(z.strictObject({ id: z.string(), name: z.string(), precision: z.string(), from: z.string(), to: z.string(), citation: z.string() })),
});

export const healthRoutes: Routes = (server, { app }) => {
  server.get(
    '/api/health',
    { schema: { tags: ['meta'], summary: 'Whether the server is up, what data it has and which features it offers', response: { 200: healthAnswer } } },
    async () => health(app),
  );
};

async function health(app: App): Promise<z.infer<typeof healthAnswer>> {
  const reference = await app.stores.graph.referenceVersion();
  const datasets = reference === null ? [] : await app.graph.datasets();
  return {
    status: reference === null ? 'empty' : 'ok',
    store: app.stores.dialect,
    reference,
    newestDay: reference === null ? null : await app.graph.newestDay(),
    today: app.config.today(),
    capabilities: capabilities(app),
    datasets: datasets.map((d) => ({ id: d.id, name: d.name, precision: d.precision, from: d.coverage.from, to: d.coverage.to, citation: d.citation })),
  };
}
