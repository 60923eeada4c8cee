import { franc } from "franc-min";

const iso6393to1: Record<string, string> = {
  swe: "sv",
  eng: "en",
  nob: "no",
  nno: "no",
  dan: "da",
  fin: "fi",
  deu: "de",
  fra: "fr",
  spa: "es",
  ita: "it",
  nld: "nl",
  pol: "pl",
  por: "pt",
};

/**
 * The ISO 639-1 code of a text's language (trigram statistics), or undefined
 * when too short to tell. `candidates` (ISO 639-3) limits the languages
 * compared, which QC uses for speed; by default all of franc's are.
 */
export function detectLanguage(text: string, candidates?: readonly string[]): string | undefined {
  const code = franc(text, { minLength: 20, ...(candidates ? { only: [...candidates] } : {}) });
  return iso6393to1[code] ?? (code === "und" ? undefined : code);
}

/** English names of the languages BACOWR writes in, for prompts. */
export const languageNames: Record<string, string> = {
  sv: "Swedish",
  en: "English",
  no: "Norwegian",
  da: "Danish",
  fi: "Finnish",
  de: "German",
  fr: "French",
  es: "Spanish",
  it: "Italian",
  nl: "Dutch",
  pl: "Polish",
  pt: "Portuguese",
};
