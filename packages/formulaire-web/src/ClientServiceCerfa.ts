import type { Provenance } from "@communs-opco/formulaire";
import { appelerService, lireJsonService } from "./appelerService";

/**
 * Identifiants envoyés à l'autocomplétion (`POST /v1/formulaire/completer`).
 *
 * @example
 * ```ts
 * const d: DemandeCompletion = { siret: "80123456700015", certification: "RNCP37537", codePostal: "69002" };
 * ```
 */
export interface DemandeCompletion {
  siret: string;
  certification?: string;
  cfa?: string;
  codePostal?: string;
}

/**
 * Réponse de l'autocomplétion : champs proposés avec leur provenance et leur date, et
 * consultations des référentiels.
 *
 * @example
 * ```ts
 * const r: ReponseCompletion = { date: "2026-11-26", brouillon: {}, consultations: [] };
 * ```
 */
export interface ReponseCompletion {
  date: string;
  brouillon: Record<string, { valeur: unknown; provenance: Provenance; date: string | null }>;
  consultations: { demande: string; statut: string; message?: string }[];
}

/**
 * Rapport de vérification des signatures d'un PDF (`POST /v1/signature/verifier`).
 *
 * @example
 * ```ts
 * const r: RapportSignatures = { valide: true, modifieApresDerniere: false, signatures: [], constats: [] };
 * ```
 */
export interface RapportSignatures {
  valide: boolean;
  modifieApresDerniere: boolean;
  signatures: { numero: number; valide: boolean; role?: string; signataire?: string; date?: string; integrite: string }[];
  constats: { id: string; message: string }[];
}

function base64(octets: Uint8Array): string {
  let binaire = "";
  for (let i = 0; i < octets.length; i += 0x8000) binaire += String.fromCharCode(...octets.subarray(i, i + 0x8000));
  return btoa(binaire);
}

function depuisBase64(texte: string): Uint8Array {
  const binaire = atob(texte);
  const octets = new Uint8Array(binaire.length);
  for (let i = 0; i < binaire.length; i++) octets[i] = binaire.charCodeAt(i);
  return octets;
}

/**
 * Client des routes du service utilisées par `<cerfa-apprentissage>` : autocomplétion, CERFA PDF
 * rempli (conversion du format standard vers `cerfa-pdf`), signature et vérification.
 *
 * @example
 * ```ts
 * const client = new ClientServiceCerfa("https://service.opco.example");
 * const pdf = await client.cerfaPdf(contrat);
 * ```
 */
export class ClientServiceCerfa {
  constructor(private readonly base: string) {}

  private url(chemin: string): string {
    return `${this.base.replace(/\/+$/, "")}${chemin}`;
  }

  /** Brouillon autocomplété depuis les référentiels du service. */
  async completer(demande: DemandeCompletion, date?: string): Promise<ReponseCompletion> {
    const action = "l'autocomplétion";
    const requete = date === undefined ? "" : `?date=${encodeURIComponent(date)}`;
    const r = await appelerService(this.url(`/v1/formulaire/completer${requete}`), { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(demande) }, action);
    return lireJsonService<ReponseCompletion>(r, action);
  }

  /** CERFA FA13 rempli (PDF) depuis un contrat au format standard. */
  async cerfaPdf(contrat: Record<string, unknown>): Promise<Uint8Array> {
    const r = await appelerService(
      this.url("/v1/contrats/convertir?de=standard&vers=cerfa-pdf"),
      { method: "POST", headers: { "content-type": "application/octet-stream" }, body: JSON.stringify(contrat) },
      "la production du CERFA PDF",
    );
    return new Uint8Array(await r.arrayBuffer());
  }

  /** Signe le PDF pour un rôle du circuit avec le certificat du service. */
  async signer(pdf: Uint8Array, role: string, contrat: Record<string, unknown>, lieu?: string): Promise<{ pdf: Uint8Array; journal: unknown }> {
    const action = "la signature";
    const corps = { pdf: base64(pdf), role, contrat, ...(lieu === undefined || lieu === "" ? {} : { lieu }) };
    const r = await appelerService(this.url("/v1/signature/signer"), { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(corps) }, action);
    const signe = await lireJsonService<{ pdf: string; journal: unknown }>(r, action);
    return { pdf: depuisBase64(signe.pdf), journal: signe.journal };
  }

  /** Vérifie les signatures d'un PDF. */
  async verifier(pdf: Uint8Array): Promise<RapportSignatures> {
    const action = "la vérification de la signature";
    const r = await appelerService(this.url("/v1/signature/verifier"), { method: "POST", headers: { "content-type": "application/pdf" }, body: pdf as BodyInit }, action);
    return lireJsonService<RapportSignatures>(r, action);
  }
}
