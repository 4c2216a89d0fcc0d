import { Anchor, type AnchorProps, Button, type ButtonProps } from "@mantine/core";
import { useRouter } from "@tanstack/react-router";
import type { ComponentPropsWithoutRef, MouseEvent, ReactNode } from "react";

/*
 * Links to the records pages that other parts of issue 14 build (the list, the editor, the
 * audit, a new agreement). Those routes are not in this part's route tree, so the typed
 * AnchorLink/ButtonLink cannot name them yet; these are real links (open in a new tab, copy
 * the address) that the router follows without reloading the app.
 */

/** A plain click goes through the router; a modified one is left to the browser. */
function useFollow(href: string) {
  const router = useRouter();
  return (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void router.navigate({ href });
  };
}

export function PathLink({
  href,
  children,
  ...props
}: AnchorProps &
  Omit<ComponentPropsWithoutRef<"a">, keyof AnchorProps> & { href: string; children: ReactNode }) {
  const follow = useFollow(href);
  return (
    <Anchor href={href} onClick={follow} {...props}>
      {children}
    </Anchor>
  );
}

export function PathButton({
  href,
  children,
  ...props
}: ButtonProps & { href: string; children: ReactNode }) {
  const follow = useFollow(href);
  return (
    <Button component="a" href={href} onClick={follow} {...props}>
      {children}
    </Button>
  );
}
