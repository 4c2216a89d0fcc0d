import type { FastifyInstance } from "fastify";
import type { Db } from "../../db/client.ts";
import { registerTaxonomyRoutes } from "./taxonomies.routes.ts";
import { createTaxonomiesService } from "./taxonomies.service.ts";

/** The vocabularies (types, issues, capacities, countries, …) in the four languages. */
export function create(deps: { db: Db }) {
  return { taxonomies: createTaxonomiesService(deps) };
}
export type TaxonomiesModule = ReturnType<typeof create>;

export function register(app: FastifyInstance, services: TaxonomiesModule) {
  registerTaxonomyRoutes(app, services);
}
