import createClient, {
  createQuerySerializer,
  type ClientOptions,
  type FetchResponse,
  type MaybeOptionalInit,
} from "openapi-fetch";
import type { paths } from "./api-schema.ts";
import type { Problem } from "./problem.ts";

/** An API refusal, carrying the problem+json body so forms can show field errors. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Partial<Problem>,
  ) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
  }
}

/** Reads a refusal's problem+json body (Better Auth answers `message` instead of `detail`). */
async function apiErrorFrom(response: Response): Promise<ApiError> {
  const text = await response.text();
  let data: unknown;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    data = undefined;
  }
  const problem = (data && typeof data === "object" ? data : {}) as Partial<Problem> & {
    message?: string;
  };
  return new ApiError(response.status, { ...problem, detail: problem.detail ?? problem.message });
}

type Method = "get" | "put" | "post" | "patch" | "delete";

/** The paths that answer a method, as the generated `paths` declares them. */
type PathsWith<M extends Method> = {
  [P in keyof paths]: paths[P] extends Record<M, unknown> ? P : never;
}[keyof paths];

type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];

/** The options argument is optional only when nothing in it is required (no path params, no body). */
type InitArgs<Init> = [RequiredKeys<Init>] extends [never] ? [init?: Init] : [init: Init];

/** What a successful call answers: the 2xx body (undefined for 204). */
type ApiData<M extends Method, P extends PathsWith<M>, Init> = Exclude<
  FetchResponse<paths[P][M] & Record<string | number, unknown>, Init, `${string}/${string}`>,
  { error: unknown }
>["data"];

type Call<M extends Method> = <P extends PathsWith<M>, Init extends MaybeOptionalInit<paths[P], M>>(
  path: P,
  ...init: InitArgs<Init>
) => Promise<ApiData<M, P, Init>>;

/** Typed calls that answer the body itself: `api.GET("/api/v1/coalitions/{id}", { params: { path: { id } } })`. */
export type ApiClient = {
  GET: Call<"get">;
  POST: Call<"post">;
  PUT: Call<"put">;
  PATCH: Call<"patch">;
  DELETE: Call<"delete">;
};

// Lists as repeated keys (`issue=a&issue=b`), which is how the routes read them.
const serializeQuery = createQuerySerializer<Record<string, unknown>>();

/** An empty search box means no search: the value is left out rather than sent as `q=`. */
const withoutEmptyText = (query: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(query).filter(([, value]) => value !== ""));

/**
 * The one API client of the web app, the CLI and the browser journeys: openapi-fetch over the
 * generated paths. Any answer outside 2xx is thrown (an ApiError unless `refusal` says
 * otherwise), so callers only ever see the body of a success.
 */
export function createApiClient(
  options: ClientOptions & {
    refusal?: (response: Response, request: Request) => Promise<Error>;
  } = {},
): ApiClient {
  const { refusal = apiErrorFrom, ...clientOptions } = options;
  const client = createClient<paths>({
    querySerializer: (query) => serializeQuery(withoutEmptyText(query)),
    ...clientOptions,
  });
  client.use({
    async onResponse({ request, response }) {
      if (!response.ok) throw await refusal(response.clone(), request);
    },
  });
  const unwrapping = <M extends Method>(method: M): Call<M> =>
    // The generic signature is declared once, in Call; openapi-fetch checks nothing at run time.
    (async (path: string, init?: object) => {
      const { data } = await client.request(method, path as never, init as never);
      return data;
    }) as Call<M>;
  return {
    GET: unwrapping("get"),
    POST: unwrapping("post"),
    PUT: unwrapping("put"),
    PATCH: unwrapping("patch"),
    DELETE: unwrapping("delete"),
  };
}
