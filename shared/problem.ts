import { z } from "zod";

/** RFC 9457 problem details, with the failing fields of a request when there are any. */
export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z
      .array(z.object({ field: z.string(), message: z.string() }))
      .optional()
      .describe("The fields that failed validation, as dotted paths"),
  })
  .meta({ id: "Problem" });
export type Problem = z.infer<typeof Problem>;

/** The refusals a route that reads, writes and checks access can give, for its OpenAPI schema. */
export const problemResponses = {
  400: Problem,
  401: Problem,
  403: Problem,
  404: Problem,
  409: Problem,
  422: Problem,
};

export const Id = z.uuid();
/**
 * A calendar day, YYYY-MM-DD, that PostgreSQL can store: ISO allows year 0000, which the
 * database refuses, so it is refused here as bad input rather than failing at the insert.
 */
export const Day = z.iso.date().refine((day) => !day.startsWith("0000"), "is not a real year");
export const IdParams = z.object({ id: Id }).strict();

export const Cursor = z.string().max(512);
export const pageQuery = {
  cursor: Cursor.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
};
