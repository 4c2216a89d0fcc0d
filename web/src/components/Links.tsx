import { Anchor, Button, type AnchorProps, type ButtonProps } from "@mantine/core";
import { createLink, type LinkComponent } from "@tanstack/react-router";
import type { ComponentPropsWithRef } from "react";

type AnchorElementProps = AnchorProps & Omit<ComponentPropsWithRef<"a">, keyof AnchorProps>;
type ButtonElementProps = ButtonProps & Omit<ComponentPropsWithRef<"a">, keyof ButtonProps>;

const MantineAnchor = (props: AnchorElementProps) => <Anchor {...props} />;
const MantineButton = (props: ButtonElementProps) => <Button component="a" {...props} />;
const CreatedAnchorLink = createLink(MantineAnchor);
const CreatedButtonLink = createLink(MantineButton);

/*
 * Mantine's Anchor and Button as router links, so `to` and `params` stay type-checked
 * (`component={Link}` loses the route types). Only an exact match is "current": a link back
 * to /organizations/1 from /organizations/1/edit is not the page the reader is on.
 */
export const AnchorLink: LinkComponent<typeof MantineAnchor> = (props) => (
  <CreatedAnchorLink activeOptions={{ exact: true }} {...props} />
);

export const ButtonLink: LinkComponent<typeof MantineButton> = (props) => (
  <CreatedButtonLink activeOptions={{ exact: true }} {...props} />
);
