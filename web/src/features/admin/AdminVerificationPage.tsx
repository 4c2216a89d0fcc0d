export function AdminVerificationPage() {
  return null;
}
