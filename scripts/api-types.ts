import openapiTS, {
  astToString,
  transformSchemaObject,
  tsLiteral,
  tsRecord,
  tsUnion,
  type OpenAPI3,
  type SchemaObject,
  type TransformNodeOptions,
} from "openapi-typescript";
import { fileURLToPath } from "node:url";
import * as prettier from "prettier";
import ts from "typescript";

/** The committed TypeScript description of the API, read by the web app, the CLI and the journeys. */
export const apiSchemaFile = fileURLToPath(new URL("../shared/api-schema.ts", import.meta.url));

const banner = `/**
 * The API's paths, parameters, bodies and responses, generated from the server's OpenAPI
 * document by \`npm run api:types\` (scripts/generate-api-types.ts). Do not edit by hand:
 * change the Zod schemas in shared/ or the routes, then run the command again.
 */
`;

/**
 * A `z.record(z.enum([...]), value)` is described with its keys in `propertyNames`, which
 * openapi-typescript reads as any string; this keeps the named keys, as `z.infer` does.
 */
function recordWithNamedKeys(schema: SchemaObject, options: TransformNodeOptions) {
  const keys = (schema as { propertyNames?: { enum?: unknown[] } }).propertyNames?.enum;
  const value = "additionalProperties" in schema ? schema.additionalProperties : undefined;
  if (schema.type !== "object" || !keys?.length || !value || typeof value !== "object") return;
  const record = tsRecord(
    tsUnion(keys.map((key) => tsLiteral(key))),
    // `{}` (any value) is typed apart from SchemaObject but is one.
    transformSchemaObject(value as SchemaObject, options),
  );
  const required = new Set(schema.required ?? []);
  return keys.every((key) => typeof key === "string" && required.has(key))
    ? record
    : ts.factory.createTypeReferenceNode("Partial", [record]);
}

/** Turns an OpenAPI document into the formatted TypeScript that `apiSchemaFile` holds. */
export async function renderApiSchema(document: object): Promise<string> {
  // openapi-typescript resolves references in place, so it works on a copy.
  const ast = await openapiTS(structuredClone(document) as OpenAPI3, {
    silent: true,
    transform: recordWithNamedKeys,
  });
  const text = banner + astToString(ast);
  const options = await prettier.resolveConfig(apiSchemaFile);
  return prettier.format(text, { ...options, filepath: apiSchemaFile });
}
