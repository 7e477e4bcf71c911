import { normaliserCfd } from "../importeurs/normaliserCfd";
import { normaliserDate } from "../importeurs/normaliserDate";
import { normaliserIdcc } from "../importeurs/normaliserIdcc";
import { analyserCodesRncp } from "./analyserCodesRncp";
import { analyserMontantNpec } from "./analyserMontantNpec";
import type { ValeurNpec } from "./ValeurNpec";

/**
 * Positions des colonnes d'une feuille de valeurs NPEC (voir `colonnesNpec`).
 *
 * @example
 * ```ts
 * const c: ColonnesValeursNpec = { rncp: 0, codeCpne: 4, libelleCpne: 5, montant: 6, statut: 7, date: 8 };
 * ```
 */
export type ColonnesValeursNpec = Partial<Record<"rncp" | "cfd" | "codeCpne" | "libelleCpne" | "idcc" | "montant" | "statut" | "date", number>>;

/**
 * Analyse une ligne de la table plate du référentiel NPEC (logique pure, sans lecture de fichier).
 * Produit une valeur par code RNCP de la cellule ; la date reste `null` quand l'édition n'a pas de
 * colonne de date (elle est complétée ensuite par la date de l'édition).
 *
 * @example
 * ```ts
 * analyserLigneNpec(["RNCP1002", "Libellé", "Certif", "BP", 2, "CNPE", 9497, "A", 45488],
 *   { rncp: 0, codeCpne: 4, libelleCpne: 5, montant: 6, statut: 7, date: 8 }, { fichier: "npec.xlsx", ligne: 5 });
 * // { valeurs: [{ rncp: "RNCP1002", codeCpne: "2", montant: 9497, dateApplicabilite: "2024-07-15", … }] }
 * ```
 */
export function analyserLigneNpec(
  valeurs: readonly unknown[],
  colonnes: ColonnesValeursNpec,
  position: { fichier: string; ligne: number },
): { valeurs: (Omit<ValeurNpec, "dateApplicabilite"> & { dateApplicabilite: string | null })[] } | { champ: string; raison: string } {
  const cellule = (index: number | undefined): unknown => (index === undefined ? null : (valeurs[index] ?? null));

  const rncp = analyserCodesRncp(cellule(colonnes.rncp));
  if ("erreur" in rncp) return { champ: "RNCP", raison: rncp.erreur };
  const cfdBrut = cellule(colonnes.cfd);
  const cfd = cfdBrut === null ? null : normaliserCfd(cfdBrut);
  if (cfdBrut !== null && cfd === null && rncp.codes.length === 0) {
    return { champ: "Code formation", raison: `code formation invalide : « ${String(cfdBrut)} »` };
  }
  if (rncp.codes.length === 0 && cfd === null) return { champ: "RNCP", raison: "ni code RNCP ni code formation" };

  const cpneBrut = cellule(colonnes.codeCpne);
  const codeCpne = cpneBrut !== null && /^\d+$/.test(String(cpneBrut).trim()) ? String(Number(String(cpneBrut).trim())) : null;
  const libelleBrut = cellule(colonnes.libelleCpne);
  const libelleCpne = typeof libelleBrut === "string" && libelleBrut.trim() !== "" ? libelleBrut.trim() : null;
  if (codeCpne === null && libelleCpne === null) return { champ: "Code CPNE", raison: "CPNE absente" };

  const montant = analyserMontantNpec(cellule(colonnes.montant));
  if ("erreur" in montant) return { champ: "NPEC", raison: montant.erreur };

  const idccBrut = cellule(colonnes.idcc);
  const idcc = idccBrut === null ? [] : String(idccBrut).split(/[,;\s]+/).map(normaliserIdcc).filter((i): i is string => i !== null);

  let dateApplicabilite: string | null = null;
  if (colonnes.date !== undefined) {
    const d = normaliserDate(cellule(colonnes.date));
    if (d === undefined) return { champ: "Date d'applicabilité", raison: `date illisible : « ${String(cellule(colonnes.date))} »` };
    dateApplicabilite = d;
  }
  const statutBrut = cellule(colonnes.statut);
  const statut = statutBrut === null ? null : String(statutBrut).trim() || null;

  const codes: (string | null)[] = rncp.codes.length > 0 ? rncp.codes : [null];
  return {
    valeurs: codes.map((code) => ({
      rncp: code,
      cfd,
      codeCpne,
      libelleCpne: codeCpne === null ? libelleCpne : null,
      idcc,
      montant: montant.montant,
      nonDefini: montant.nonDefini,
      statut,
      dateApplicabilite,
      fichier: position.fichier,
      ligne: position.ligne,
      ...(code !== null && rncp.codes.length > 1 ? { autresCodesLigne: rncp.codes.filter((c) => c !== code) } : {}),
    })),
  };
}
