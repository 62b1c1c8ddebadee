// Settings start with the notification preferences (the only settings a person has for now).
import { redirect } from "next/navigation";

export default function SettingsPage() {
  redirect("/settings/notifications");
}
