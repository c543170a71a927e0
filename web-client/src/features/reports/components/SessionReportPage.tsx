export default function SessionReportPage() {
  return null;
}
