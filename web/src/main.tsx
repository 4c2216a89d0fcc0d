import "@mantine/core/styles.css";
import "@mantine/charts/styles.css";
import "@mantine/notifications/styles.css";
import "./global.css";
import {
  type CSSVariablesResolver,
  DirectionProvider,
  MantineProvider,
  Button,
  PasswordInput,
  Pill,
  createTheme,
  mergeThemeOverrides,
} from "@mantine/core";
import { Notifications } from "@mantine/notifications";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { RouterProvider } from "@tanstack/react-router";
import { type ReactNode, StrictMode, Suspense, useMemo } from "react";
import { createRoot } from "react-dom/client";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { isRtl } from "../../shared/locales.ts";
import i18n from "./i18n.ts";
import { takeOverFirstView } from "./lib/first-view.ts";
import { notePageCopy } from "./lib/saved-copies.ts";
import { router } from "./router.tsx";

// Zod would otherwise probe `new Function` to compile faster parsers; the Content-Security-
// Policy forbids eval, and the refused probe is reported as a violation on every form.
z.config({ jitless: true });

const theme = createTheme({
  primaryColor: "teal",
  primaryShade: { light: 9, dark: 7 },
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", "Helvetica Neue", Arial, sans-serif',
  defaultRadius: "md",
  components: {
    // A button's label longer than a phone's column (French often is: "Afficher les
    // modifications plus anciennes") wraps onto a second line instead of pushing the page
    // sideways; the button grows to hold it and never outgrows its column.
    Button: Button.extend({
      styles: {
        root: {
          height: "auto",
          minHeight: "var(--button-height)",
          maxWidth: "100%",
          paddingBlock: 4,
        },
        label: { whiteSpace: "normal", lineHeight: 1.3 },
      },
    }),
    // A chosen value in a multi-select is a pill that Mantine cuts to one line ("Derechos de
    // las personas…"); at phone width the whole name wraps inside the pill instead.
    Pill: Pill.extend({
      styles: {
        root: { height: "auto", maxWidth: "100%", paddingBlock: 2 },
        label: { whiteSpace: "normal", overflow: "visible", textOverflow: "clip", lineHeight: 1.3 },
      },
    }),
  },
});

/**
 * Mantine's default "dimmed" grey and the text of its light/outline/subtle variants (shade 6)
 * fall below WCAG AA contrast on white and on their tinted backgrounds; use the darkest shade
 * on the palest tint.
 */
const strongerText: CSSVariablesResolver = (t) => {
  const light: Record<string, string> = {
    "--mantine-color-dimmed": "var(--mantine-color-gray-7)",
    // A field's error under it: Mantine's red (shade 6) is 3.3:1 on white.
    "--mantine-color-error": "var(--mantine-color-red-9)",
  };
  for (const name of Object.keys(t.colors)) {
    light[`--mantine-color-${name}-light`] = `var(--mantine-color-${name}-0)`;
    light[`--mantine-color-${name}-light-hover`] = `var(--mantine-color-${name}-1)`;
    light[`--mantine-color-${name}-light-color`] = `var(--mantine-color-${name}-9)`;
    light[`--mantine-color-${name}-outline`] = `var(--mantine-color-${name}-9)`;
    light[`--mantine-color-${name}-text`] = `var(--mantine-color-${name}-9)`;
    // Filled buttons use shade 9; Mantine's hover would lighten them to 8, below 4.5:1.
    light[`--mantine-color-${name}-filled-hover`] =
      `color-mix(in srgb, var(--mantine-color-${name}-9) 82%, black)`;
  }
  return { variables: {}, light, dark: {} };
};

/**
 * Mantine names some controls itself, in English ("Toggle password visibility"); the theme gives
 * them the reader's words, and changes with the language.
 */
function TranslatedMantine({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const translated = useMemo(
    () =>
      mergeThemeOverrides(theme, {
        components: {
          PasswordInput: PasswordInput.extend({
            defaultProps: {
              visibilityToggleButtonProps: { "aria-label": t("app.togglePasswordVisibility") },
            },
          }),
        },
      }),
    [t],
  );
  return (
    <MantineProvider theme={translated} cssVariablesResolver={strongerText}>
      {children}
    </MantineProvider>
  );
}

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: 1,
      refetchOnWindowFocus: false,
      // Without a connection a read is still tried once: the service worker may answer it with
      // the copy it kept (sw.ts). Only retries wait for the connection to come back.
      networkMode: "offlineFirst",
    },
  },
});

notePageCopy();
// The service worker keeps the app and the pages read, for slow and broken links (sw.ts).
if (import.meta.env.PROD && "serviceWorker" in navigator) {
  window.addEventListener("load", () => {
    void navigator.serviceWorker.register("/sw.js").catch(() => {
      // Without it the app works as before; nothing to tell the reader.
    });
  });
}

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <DirectionProvider initialDirection={isRtl(i18n.language) ? "rtl" : "ltr"} detectDirection>
        <Suspense fallback={null}>
          <TranslatedMantine>
            <Notifications />
            <QueryClientProvider client={queryClient}>
              <Suspense fallback={null}>
                <RouterProvider router={router} context={{ queryClient }} />
              </Suspense>
            </QueryClientProvider>
          </TranslatedMantine>
        </Suspense>
      </DirectionProvider>
    </StrictMode>,
  );
  takeOverFirstView(root, {
    busy: () => queryClient.isFetching() > 0,
    // The directory's search is the one field a first view has; its words are the URL's `q`.
    carry: ({ name, value }) => {
      if (name !== "q" || router.state.location.pathname !== "/directory") return;
      void router.navigate({
        to: "/directory",
        search: (previous: Record<string, unknown>) => ({
          ...previous,
          q: value.trim() || undefined,
        }),
      });
    },
  });
}
