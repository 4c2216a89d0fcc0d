/**
 * Where to go after signing in or up: a page that sent the person away to sign in (an
 * invitation) records itself here. Only same-site paths are accepted.
 */
const key = "cg.returnTo";
const fallback = "/dashboard";

const safe = (path: string | null): path is string =>
  !!path && path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\");

export function rememberReturnTo(path: string) {
  if (safe(path)) localStorage.setItem(key, path);
}

export function forgetReturnTo() {
  localStorage.removeItem(key);
}

/** The remembered path (kept for later), or the dashboard. */
export function peekReturnTo(): string {
  const path = localStorage.getItem(key);
  return safe(path) ? path : fallback;
}

/** The remembered path, now forgotten, or the dashboard. */
export function takeReturnTo(): string {
  const path = peekReturnTo();
  forgetReturnTo();
  return path;
}
