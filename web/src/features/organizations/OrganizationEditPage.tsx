export function OrganizationCreatePage() {
  return null;
}
export function OrganizationEditPage() {
  return null;
}
