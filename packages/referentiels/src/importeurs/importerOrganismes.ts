import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import type { LieuFormationReferentiel } from "../Referentiel";
import { ErreurFormatFichier } from "./ErreurFormatFichier";
import { JournalImport } from "./JournalImport";
import { normaliserSiret } from "./normaliserSiret";
import type { OptionsImport } from "./OptionsImport";
import type { ResultatImport } from "./ResultatImport";

/**
 * Un organisme du Référentiel national des organismes de formation (ONISEP / Mission
 * apprentissage), export JSON.
 *
 * @example
 * ```ts
 * const o: OrganismeFormation = { siret: "19672198900040", uai: null, nature: "formateur", etatAdministratif: "actif", qualiopi: false, lieuxUai: [], lieux: [{ uai: null, siret: null, codePostal: "67100", codeInsee: "67482", commune: "Strasbourg" }], relations: [{ type: "formateur->responsable", siret: "18671553800044" }], codeInsee: "67218", codePostal: "67400", localite: "Illkirch-Graffenstaden" };
 * ```
 */
export interface OrganismeFormation {
  siret: string;
  uai: string | null;
  /** `responsable`, `formateur`, `responsable_formateur` ou `inconnue`. */
  nature: string | null;
  /** `actif` ou `fermé` (SIRENE). */
  etatAdministratif: string | null;
  /** Qualiopi « actions de formation par apprentissage » ; `null` si inconnu. */
  qualiopi: boolean | null;
  /** UAI des lieux de formation. */
  lieuxUai: string[];
  /**
   * Lieux de formation (`lieux_de_formation[]` : UAI, SIRET et adresse) ; absent des instantanés
   * construits avant son ajout.
   */
  lieux?: LieuFormationReferentiel[];
  relations: { type: string | null; siret: string }[];
  codeInsee: string | null;
  codePostal: string | null;
  localite: string | null;
}

/**
 * Importe l'export JSON du Référentiel des organismes (`organismes.json`, tableau d'objets).
 * Le numéro de « ligne » d'un rejet est le rang de l'organisme dans le tableau (1 = premier).
 *
 * @example
 * ```ts
 * const r = await importerOrganismes("referentiel.fixture.json");
 * r.statistiques.enregistrements; // 808
 * ```
 */
export async function importerOrganismes(chemin: string, options: OptionsImport = {}): Promise<ResultatImport<OrganismeFormation>> {
  const fichier = basename(chemin).normalize("NFC");
  let document: unknown;
  try {
    document = JSON.parse(await readFile(chemin, "utf-8"));
  } catch {
    throw new ErreurFormatFichier(fichier, "JSON illisible");
  }
  const liste = Array.isArray(document) ? document : (document as { organismes?: unknown } | null)?.organismes;
  if (!Array.isArray(liste)) throw new ErreurFormatFichier(fichier, "tableau d'organismes attendu (ou objet { organismes: [...] })");
  const journal = new JournalImport<OrganismeFormation>(fichier);
  liste.forEach((brut: unknown, index) => {
    const ligne = index + 1;
    if (ligne % 10_000 === 0) options.progression?.({ fichier, lignes: ligne });
    if (brut === null || typeof brut !== "object") {
      journal.rejeter({ ligne, raison: "élément qui n'est pas un objet" });
      return;
    }
    const o = brut as Record<string, unknown>;
    const siret = normaliserSiret(o["siret"]);
    if (siret === null) {
      journal.rejeter({ ligne, champ: "siret", raison: `SIRET invalide : « ${String(o["siret"])} »` });
      return;
    }
    const uaiBrut = typeof o["uai"] === "string" ? o["uai"].trim().toUpperCase() : null;
    if (uaiBrut !== null && !/^\d{7}[A-Z]$/.test(uaiBrut)) {
      journal.rejeter({ ligne, champ: "uai", raison: `UAI invalide : « ${uaiBrut} »` });
      return;
    }
    const lieux = Array.isArray(o["lieux_de_formation"]) ? (o["lieux_de_formation"] as Record<string, unknown>[]) : [];
    const relations = Array.isArray(o["relations"]) ? (o["relations"] as Record<string, unknown>[]) : [];
    const adresse = (o["adresse"] ?? null) as Record<string, unknown> | null;
    const texte = (v: unknown): string | null => (typeof v === "string" && v.trim() !== "" ? v.trim() : null);
    journal.retenir([
      {
        siret,
        uai: uaiBrut,
        nature: texte(o["nature"]),
        etatAdministratif: texte(o["etat_administratif"]),
        qualiopi: typeof o["qualiopi"] === "boolean" ? o["qualiopi"] : null,
        lieuxUai: [...new Set(lieux.map((l) => texte(l["uai"])?.toUpperCase()).filter((u): u is string => u !== undefined && /^\d{7}[A-Z]$/.test(u)))],
        lieux: lieux.map((l) => {
          const a = (l["adresse"] ?? null) as Record<string, unknown> | null;
          const uai = texte(l["uai"])?.toUpperCase() ?? null;
          return {
            uai: uai !== null && /^\d{7}[A-Z]$/.test(uai) ? uai : null,
            siret: normaliserSiret(l["siret"]),
            codePostal: texte(a?.["code_postal"]),
            codeInsee: texte(a?.["code_insee"]),
            commune: texte(a?.["localite"]),
          };
        }),
        relations: relations.flatMap((r) => {
          const s = normaliserSiret(r["siret"]);
          return s === null ? [] : [{ type: texte(r["type"]), siret: s }];
        }),
        codeInsee: texte(adresse?.["code_insee"]),
        codePostal: texte(adresse?.["code_postal"]),
        localite: texte(adresse?.["localite"]),
      },
    ]);
  });
  options.progression?.({ fichier, lignes: liste.length });
  return journal.resultat();
}
