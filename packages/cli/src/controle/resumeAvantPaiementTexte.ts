import type { DecompteVerification } from "./BilanAvantPaiement";
import type { ResumeMontantEnJeu } from "./BilanMontantEnJeu";
import { lignesMontantEnJeu } from "./lignesMontantEnJeu";

/**
 * Bloc « Vérifications avant paiement » de la sortie texte de `opco controle` : pour chaque
 * vérification, les enregistrements où elle est prouvée conforme, non conforme, indéterminée ou sans objet,
 * et la source manquante la plus fréquente des indéterminés ; puis, avec `montantEnJeu`, les
 * contrats au financement suspendu et le montant en jeu (I-OPCO-INDUS).
 *
 * @example
 * ```ts
 * contexte.ecrire(resumeAvantPaiementTexte(bilanAvantPaiement.decomptes(), "instantané embarqué du 2026-11-26"));
 * ```
 */
export function resumeAvantPaiementTexte(decomptes: readonly DecompteVerification[], source: string, montantEnJeu?: ResumeMontantEnJeu): string {
  const largeur = Math.max("Vérification".length, ...decomptes.map((d) => d.regle.length));
  const nombre = (n: number, l: number) => String(n).padStart(l);
  const lignes = [
    "",
    `Vérifications avant paiement (source : ${source})`,
    `  ${"Vérification".padEnd(largeur)}  Conformes  Non conformes (dont avertissements)  Indéterminés  Non exécutées  Sans objet  Source manquante (indéterminés)`,
  ];
  for (const d of decomptes) {
    const manque = d.sourceManquante === undefined ? "" : `  ${d.sourceManquante.libelle}${d.sourceManquante.enregistrements < d.indetermines ? ` (${d.sourceManquante.enregistrements})` : ""}`;
    lignes.push(`  ${d.regle.padEnd(largeur)}  ${nombre(d.conformes, 9)}  ${nombre(d.nonConformes, 13)} ${(d.nonConformesAvertissement > 0 ? `(${d.nonConformesAvertissement})` : "").padEnd(21)}  ${nombre(d.indetermines, 12)}  ${nombre(d.nonExecutees, 13)}  ${nombre(d.sansObjet, 10)}${manque}`);
  }
  lignes.push(
    "  Conforme = prouvé par la source ; indéterminé = non vérifié (donnée du contrat manquante ou source sans réponse), jamais compté comme conforme ;",
    "  non exécutée = la source manque à cette exécution (voir « Non exécutées » plus haut) et rien d'autre n'a été relevé ;",
    "  sans objet = la vérification ne s'applique pas au contrat (p. ex. habilitation par le certificateur d'un diplôme d'État enregistré de droit).",
  );
  if (montantEnJeu !== undefined) lignes.push(...lignesMontantEnJeu(montantEnJeu).map((l) => `  ${l}`));
  return `${lignes.join("\n")}\n`;
}
