// The proposal reference from a URL segment. A malformed escape ("%E0%A4%A") is kept as typed, so it finds
// nothing (404) instead of throwing URIError (500).
export function decodeRef(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
