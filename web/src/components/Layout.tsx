import { Anchor, AppShell, Burger, Button, Group, Stack, Text, useDirection } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useQueryClient } from "@tanstack/react-query";
import { Link, Outlet, useNavigate, useRouterState } from "@tanstack/react-router";
import { Suspense, useEffect } from "react";
import { useTranslation } from "react-i18next";
import { isRtl } from "../../../shared/locales.ts";
import { useMe } from "../lib/hooks.ts";
import { forgetSavedCopies } from "../lib/saved-copies.ts";
import { KeySessionProvider } from "../features/keys/key-session.tsx";
import { rememberLocale } from "../i18n.ts";
import { NotificationBell } from "./NotificationBell.tsx";
import { LanguageSwitcher } from "./LanguageSwitcher.tsx";
import classes from "./Layout.module.css";
import { SavedCopyNotice } from "./SavedCopyNotice.tsx";

export function Layout() {
  const { t, i18n } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  const { data: me } = useMe();
  const { setDirection } = useDirection();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const pathname = useRouterState({ select: (s) => s.location.pathname });

  useEffect(close, [pathname, close]);

  // A signed-in person's saved language wins over the browser's guess.
  useEffect(() => {
    if (me?.locale && me.locale !== i18n.language) {
      rememberLocale(me.locale);
      void i18n.changeLanguage(me.locale);
      setDirection(isRtl(me.locale) ? "rtl" : "ltr");
    }
  }, [me?.locale, i18n, setDirection]);

  useEffect(() => {
    document.title = t("app.name");
  }, [t]);

  async function handleSignOut() {
    // Loaded on demand: the auth client is large and most pages never need it.
    const { authClient } = await import("../lib/auth-client.ts");
    await authClient.signOut();
    // Nothing read while signed in stays on this device.
    await forgetSavedCopies();
    await queryClient.invalidateQueries();
    await navigate({ to: "/" });
  }

  const links = [
    { to: "/directory", label: t("nav.directory") },
    { to: "/coalitions", label: t("nav.coalitions") },
    // Searches are made on behalf of one's organisation, so only signed-in people need it.
    ...(me ? [{ to: "/discover", label: t("nav.discover") }] : []),
    ...(me ? [{ to: "/network", label: t("nav.network") }] : []),
    ...(me ? [{ to: "/records", label: t("nav.records") }] : []),
    ...(me ? [{ to: "/dashboard", label: t("nav.dashboard") }] : []),
    ...(me?.isPlatformAdmin ? [{ to: "/admin", label: t("nav.admin") }] : []),
  ];
  const nav = links.map((link) => (
    <Anchor key={link.to} component={Link} to={link.to} className={classes.link} c="inherit">
      {link.label}
    </Anchor>
  ));
  const session = me ? (
    <>
      <Anchor component={Link} to="/account" className={classes.link} c="inherit">
        {t("nav.account")}
      </Anchor>
      <Button variant="subtle" size="compact-sm" onClick={() => void handleSignOut()}>
        {t("nav.signOut")}
      </Button>
    </>
  ) : (
    <>
      <Anchor component={Link} to="/sign-in" className={classes.link} c="inherit">
        {t("nav.signIn")}
      </Anchor>
      <Button component={Link} to="/sign-up" size="compact-sm">
        {t("nav.signUp")}
      </Button>
    </>
  );

  return (
    <AppShell
      header={{ height: 60 }}
      // Six links, the bell, the language and the session need about 1,200 px in French and
      // Spanish; below that the links move into the menu rather than overflow.
      navbar={{ width: 260, breakpoint: "lg", collapsed: { desktop: true, mobile: !opened } }}
      padding="md"
    >
      <a href="#main" className={classes.skip}>
        {t("nav.skip")}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="lg"
              size="sm"
              aria-label={t("nav.menu")}
            />
            <Anchor component={Link} to="/" fw={700} c="inherit" underline="never">
              {t("app.name")}
            </Anchor>
          </Group>
          <Group gap="md" visibleFrom="lg" component="nav" aria-label={t("nav.main")}>
            {nav}
          </Group>
          <Group gap="sm" wrap="nowrap">
            {me && (
              // Its labels load with their own namespace; the header does not wait for them.
              <Suspense fallback={null}>
                <NotificationBell />
              </Suspense>
            )}
            <LanguageSwitcher />
            <Group gap="sm" visibleFrom="lg">
              {session}
            </Group>
          </Group>
        </Group>
      </AppShell.Header>
      {/* Rendered only while open, so the closed menu is neither tabbable nor a second landmark. */}
      {opened && (
        <AppShell.Navbar p="md" component="nav" aria-label={t("nav.main")}>
          <Stack gap="sm">
            {nav}
            {session}
          </Stack>
        </AppShell.Navbar>
      )}
      <AppShell.Main id="main" tabIndex={-1}>
        <div className={classes.content}>
          <SavedCopyNotice />
          <KeySessionProvider>
            <Outlet />
          </KeySessionProvider>
        </div>
        <Text component="footer" size="xs" c="gray.7" ta="center" mt="xl">
          {t("app.footer")}
        </Text>
      </AppShell.Main>
    </AppShell>
  );
}
