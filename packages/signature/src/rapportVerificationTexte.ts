import type { RapportVerification } from "./RapportVerification.js";
import { LIBELLES_ROLES } from "./RoleSignataire.js";

const ETATS: Readonly<Record<string, string>> = { valide: "valide", invalide: "INVALIDE", indeterminee: "indéterminée" };

/**
 * Rapport de vérification en texte français, une signature par paragraphe, puis les constats
 * et la conclusion (sortie de `opco signature verifier`).
 *
 * @example
 * ```ts
 * console.log(rapportVerificationTexte(await verifierSignaturesPdf(pdf)));
 * ```
 */
export function rapportVerificationTexte(rapport: RapportVerification): string {
  const lignes: string[] = [];
  lignes.push(`Fichier : ${rapport.fichier ?? "(sans nom)"} — ${rapport.taille} octets, SHA-256 ${rapport.empreinteSha256}`);
  lignes.push(`Signatures : ${rapport.signatures.length}`);
  for (const s of rapport.signatures) {
    lignes.push("");
    lignes.push(`Signature ${s.numero} — ${s.role === undefined ? "rôle inconnu" : LIBELLES_ROLES[s.role]}${s.champ === undefined ? "" : ` (case « ${s.champ} »)`}`);
    if (s.nom !== undefined) lignes.push(`  Signataire : ${s.nom}`);
    if (s.certificat !== undefined) {
      lignes.push(`  Certificat : ${s.certificat.sujet}`);
      lignes.push(`  Émetteur : ${s.certificat.emetteur}`);
      lignes.push(
        `  Validité : du ${s.certificat.valideDu} au ${s.certificat.valideAu}${s.certificat.valideALaSignature === undefined ? "" : s.certificat.valideALaSignature ? " (valide à la signature)" : " (NON valide à la signature)"}`,
      );
    }
    lignes.push(`  Heure de signature : ${s.heureSignature ?? "absente"}`);
    lignes.push(`  Plage signée : [${s.plage.join(" ")}]${s.couvreToutLeDocument ? ", couvre tout le document" : ""}`);
    lignes.push(`  Intégrité : ${ETATS[s.integrite] ?? s.integrite} ; signature : ${ETATS[s.signatureCryptographique] ?? s.signatureCryptographique}`);
    lignes.push(`  Chaîne de confiance : ${s.chaine === "approuvee" ? "approuvée" : s.chaine === "non_approuvee" ? "NON approuvée" : "non évaluée"}`);
    lignes.push(`  Modifié après : ${s.modifieApres ? "OUI" : "non"}`);
    lignes.push(`  Conclusion : ${s.valide ? "signature valide" : "SIGNATURE NON VALIDE"}`);
  }
  if (rapport.constats.length > 0) {
    lignes.push("", "Constats :");
    for (const c of rapport.constats) lignes.push(`  [${c.gravite}] ${c.id}${c.position === undefined ? "" : ` @${c.position}`} : ${c.message}`);
  }
  lignes.push(
    "",
    rapport.valide
      ? "Conclusion : toutes les signatures sont valides et le document n'a pas été modifié après la dernière."
      : `Conclusion : document NON valide${rapport.modifieApresDerniere ? " (modifié après la dernière signature)" : ""}.`,
  );
  return lignes.join("\n");
}
