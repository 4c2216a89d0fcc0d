import openapiTS, { astToString, type OpenAPI3 } from "openapi-typescript";
import { fileURLToPath } from "node:url";
import * as prettier from "prettier";

/** The committed TypeScript description of the API, read by the web app, the CLI and the journeys. */
export const apiSchemaFile = fileURLToPath(new URL("../shared/api-schema.ts", import.meta.url));

const banner = `/**
 * The API's paths, parameters, bodies and responses, generated from the server's OpenAPI
 * document by \`npm run api:types\` (scripts/generate-api-types.ts). Do not edit by hand:
 * change the Zod schemas in shared/ or the routes, then run the command again.
 */
`;

/** Turns an OpenAPI document into the formatted TypeScript that `apiSchemaFile` holds. */
export async function renderApiSchema(document: object): Promise<string> {
  // openapi-typescript resolves references in place, so it works on a copy.
  const ast = await openapiTS(structuredClone(document) as OpenAPI3, { silent: true });
  const text = banner + astToString(ast);
  const options = await prettier.resolveConfig(apiSchemaFile);
  return prettier.format(text, { ...options, filepath: apiSchemaFile });
}
