/*
 * Some pages arrive with a first view rendered by the server (server/modules/first-view), so a
 * reader on a slow link reads them before the script has come. The app renders beside it,
 * hidden, and takes the page over only once it shows the same page itself: its main landmark has
 * a heading, nothing in it is loading, no request is in flight and its stylesheet has arrived.
 * Until then the first view stays, readable and with working links.
 */

const stylesheetsLoaded = () =>
  [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].every(
    (link) => link.sheet !== null,
  );

function appShowsPage(root: HTMLElement) {
  const main = root.querySelector("main");
  return Boolean(main?.querySelector("h1")) && !main?.querySelector(".mantine-Loader-root");
}

/** Words typed into a field of the first view (its directory search), to carry into the app. */
function typedInto(first: HTMLElement) {
  const field = first.querySelector<HTMLInputElement>("input[name]");
  if (!field || field.value === field.defaultValue) return null;
  return { name: field.name, value: field.value, focused: document.activeElement === field };
}

/** After this long the app takes over whatever it shows: its own error or loading state. */
const longestWait = 30_000;

export function takeOverFirstView(
  root: HTMLElement,
  app: {
    busy: () => boolean;
    /** Puts words typed into the first view where the app's page keeps them (the URL). */
    carry: (typed: { name: string; value: string }) => void;
  },
) {
  const first = document.getElementById("first-view");
  const done = () => {
    first?.remove();
    root.hidden = false;
    document.documentElement.dataset.app = "ready";
  };
  if (!first) {
    done();
    return;
  }
  const started = performance.now();
  const check = () => {
    const waitedEnough = performance.now() - started > longestWait;
    const ready = appShowsPage(root) && !app.busy() && stylesheetsLoaded();
    if (ready || waitedEnough) {
      const typed = typedInto(first);
      const scrolled = window.scrollY;
      done();
      window.scrollTo(0, scrolled);
      if (typed) {
        // The reader goes on where they were: their words in the app's field, focused there.
        app.carry(typed);
        if (typed.focused)
          root.querySelector<HTMLInputElement>(`input[name="${typed.name}"]`)?.focus();
      }
      return;
    }
    window.setTimeout(check, 100);
  };
  check();
}
