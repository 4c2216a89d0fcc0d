import "@mantine/core/styles.css";
import "@mantine/notifications/styles.css";
import { DirectionProvider, MantineProvider, createTheme } from "@mantine/core";
import { Notifications } from "@mantine/notifications";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { RouterProvider } from "@tanstack/react-router";
import { StrictMode, Suspense } from "react";
import { createRoot } from "react-dom/client";
import { isRtl } from "../../shared/locales.ts";
import i18n from "./i18n.ts";
import { router } from "./router.tsx";

const theme = createTheme({
  primaryColor: "teal",
  primaryShade: { light: 9, dark: 7 },
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", "Helvetica Neue", Arial, sans-serif',
  defaultRadius: "md",
});

/** Mantine's default "dimmed" grey is below WCAG AA contrast on white; use a darker one. */
const strongerDimmedText = () => ({
  variables: {},
  light: { "--mantine-color-dimmed": "var(--mantine-color-gray-7)" },
  dark: {},
});

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } },
});

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <DirectionProvider initialDirection={isRtl(i18n.language) ? "rtl" : "ltr"} detectDirection>
        <MantineProvider theme={theme} cssVariablesResolver={strongerDimmedText}>
          <Notifications />
          <QueryClientProvider client={queryClient}>
            <Suspense fallback={null}>
              <RouterProvider router={router} context={{ queryClient }} />
            </Suspense>
          </QueryClientProvider>
        </MantineProvider>
      </DirectionProvider>
    </StrictMode>,
  );
}
