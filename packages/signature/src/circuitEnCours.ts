import type { CertificatSignature } from "./CertificatSignature.js";
import type { CircuitSignature, SignataireAttendu } from "./circuitSignature.js";
import { empreinteSha256 } from "./empreinteSha256.js";
import type { JournalSignature } from "./JournalSignature.js";
import { LIBELLES_ROLES, type RoleSignataire } from "./RoleSignataire.js";
import { signerPdf, type ErreurSignature, type OptionsSignaturePdf } from "./signerPdf.js";

/**
 * Ouvre le journal d'un circuit de signature sur le document à signer.
 *
 * @example
 * ```ts
 * const journal = ouvrirJournal(circuitSignature(contrat), pdf, "cerfa.pdf");
 * journal.etapes.length; // 0
 * ```
 */
export function ouvrirJournal(circuit: Pick<CircuitSignature, "signataires">, pdf: Uint8Array, document?: string): JournalSignature {
  return { version: 1, ...(document === undefined ? {} : { document }), attendus: circuit.signataires, empreinteInitiale: empreinteSha256(pdf), etapes: [] };
}

/**
 * Prochain signataire attendu par le journal, `undefined` quand le circuit est terminé.
 *
 * @example
 * ```ts
 * prochainSignataire(journal)?.role; // "employeur"
 * ```
 */
export function prochainSignataire(journal: JournalSignature): SignataireAttendu | undefined {
  return journal.attendus[journal.etapes.length];
}

function rang(ordre: number): string {
  return ordre === 1 ? "1re" : `${ordre}e`;
}

/**
 * Contrôle qu'une signature peut être apposée maintenant par ce rôle sur ce document : rôle
 * attendu par le circuit, à son tour, pas encore signé, et document inchangé depuis la dernière
 * étape (empreinte SHA-256). Rend l'erreur en français sinon.
 *
 * @example
 * ```ts
 * controlerEtape(journal, "apprenti", pdf); // { ok: false, erreur: { code: "SIG-CIRCUIT-ORDRE", message: "Signature hors ordre : …" } }
 * ```
 */
export function controlerEtape(
  journal: JournalSignature,
  role: RoleSignataire,
  pdf: Uint8Array,
): { readonly ok: true; readonly attendu: SignataireAttendu } | { readonly ok: false; readonly erreur: ErreurSignature } {
  const attendu = journal.attendus.find((s) => s.role === role);
  if (attendu === undefined) {
    const liste = journal.attendus.map((s) => s.libelle.toLowerCase()).join(", ");
    return {
      ok: false,
      erreur: {
        code: "SIG-CIRCUIT-ROLE-INATTENDU",
        message: `Le rôle « ${LIBELLES_ROLES[role].toLowerCase()} » n'est pas attendu par le circuit de ce contrat (signataires attendus : ${liste}).`,
      },
    };
  }
  if (journal.etapes.some((e) => e.role === role)) {
    return { ok: false, erreur: { code: "SIG-CIRCUIT-DEJA-SIGNE", message: `Le rôle « ${attendu.libelle.toLowerCase()} » a déjà signé ce document.` } };
  }
  const prochain = prochainSignataire(journal);
  if (prochain === undefined) return { ok: false, erreur: { code: "SIG-CIRCUIT-TERMINE", message: "Le circuit de signature est terminé : tous les signataires ont signé." } };
  if (prochain.role !== role) {
    return {
      ok: false,
      erreur: {
        code: "SIG-CIRCUIT-ORDRE",
        message: `Signature hors ordre : c'est au tour de « ${prochain.libelle.toLowerCase()} » (${rang(prochain.ordre)} signature) ; « ${attendu.libelle.toLowerCase()} » signe en ${rang(attendu.ordre)} position.`,
      },
    };
  }
  const attendue = journal.etapes.at(-1)?.empreinteApres ?? journal.empreinteInitiale;
  if (empreinteSha256(pdf) !== attendue) {
    return {
      ok: false,
      erreur: {
        code: "SIG-CIRCUIT-DOCUMENT-CHANGE",
        message: `Le document présenté n'est pas celui de la dernière étape du journal (SHA-256 attendu ${attendue}).`,
      },
    };
  }
  return { ok: true, attendu };
}

/**
 * Signe l'étape suivante du circuit : contrôle (rôle, ordre, document inchangé), signature
 * PAdES incrémentale par {@link signerPdf}, puis nouvelle étape ajoutée au journal (identité du
 * certificat, date, empreintes avant et après). Ne lève jamais d'exception.
 *
 * @example
 * ```ts
 * const r = await signerEtape(pdf, journal, { certificat, role: "employeur", date: new Date() });
 * if (r.ok) { pdf = r.pdf; journal = r.journal; }
 * ```
 */
export async function signerEtape(
  pdf: Uint8Array,
  journal: JournalSignature,
  options: OptionsSignaturePdf,
): Promise<{ readonly ok: true; readonly pdf: Uint8Array; readonly journal: JournalSignature } | { readonly ok: false; readonly erreur: ErreurSignature }> {
  const controle = controlerEtape(journal, options.role, pdf);
  if (!controle.ok) return controle;
  const signe = await signerPdf(pdf, options);
  if (!signe.ok) return signe;
  const certificat: CertificatSignature = options.certificat;
  return {
    ok: true,
    pdf: signe.pdf,
    journal: {
      ...journal,
      etapes: [
        ...journal.etapes,
        {
          ordre: controle.attendu.ordre,
          role: options.role,
          signataire: {
            nom: options.nom ?? certificat.nomCommun,
            sujet: certificat.sujet.replace(/\n/gu, ", "),
            emetteur: certificat.emetteur.replace(/\n/gu, ", "),
            numeroSerie: certificat.certificat.serialNumber,
          },
          date: options.date.toISOString(),
          empreinteAvant: signe.empreinteAvant,
          empreinteApres: signe.empreinteApres,
        },
      ],
    },
  };
}

/**
 * Relit un journal JSON (fichier `<pdf>.signatures.json`) ; `undefined` s'il n'a pas la forme attendue.
 *
 * @example
 * ```ts
 * const journal = lireJournal(JSON.parse(await readFile("cerfa.pdf.signatures.json", "utf8")));
 * ```
 */
export function lireJournal(donnees: unknown): JournalSignature | undefined {
  if (typeof donnees !== "object" || donnees === null) return undefined;
  const j = donnees as Partial<JournalSignature>;
  if (j.version !== 1 || !Array.isArray(j.attendus) || !Array.isArray(j.etapes) || typeof j.empreinteInitiale !== "string") return undefined;
  const rolesValides = j.attendus.every((s) => typeof s === "object" && s !== null && typeof s.role === "string" && typeof s.ordre === "number");
  return rolesValides ? (j as JournalSignature) : undefined;
}
