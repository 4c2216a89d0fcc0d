import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { Taxonomies } from "../../../shared/taxonomies.ts";
import type { TaxonomiesService } from "./taxonomies.service.ts";

export function registerTaxonomyRoutes(
  app: FastifyInstance,
  deps: { taxonomies: TaxonomiesService },
) {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/api/v1/taxonomies",
    {
      config: { access: "public" },
      schema: {
        tags: ["taxonomies"],
        summary: "Every vocabulary with its terms and their labels in each interface language",
        response: { 200: Taxonomies },
      },
    },
    async (_request, reply) => {
      reply.header("cache-control", "public, max-age=3600");
      return deps.taxonomies.all();
    },
  );
}
