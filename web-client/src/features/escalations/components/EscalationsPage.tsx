export default function EscalationsPage() {
  return null;
}
