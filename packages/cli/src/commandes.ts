import type { CommandeDifferee } from "./CommandeDifferee";

/**
 * Registre des sous-commandes de `opco`, dans l'ordre d'affichage de l'aide. Chaque module de
 * commande n'est importé qu'au lancement de la commande (voir {@link CommandeDifferee}).
 * Pour ajouter une commande : créer `src/commandes/<nom>.ts` et l'ajouter ici avec son résumé.
 *
 * @example
 * ```ts
 * const identifiant = commandes.find((c) => c.nom === "identifiant");
 * const commande = await identifiant?.charger();
 * ```
 */
export const commandes: readonly CommandeDifferee[] = [
  {
    nom: "statut",
    resume: "Statut d'apprenant (Tableau de bord) et parcours, à partir d'un cas JSON.",
    charger: async () => (await import("./commandes/statut")).commandeStatut,
  },
  {
    nom: "indicateurs",
    resume: "Indicateurs du Tableau de bord à une date, par dimensions, depuis des effectifs JSON Lines ; « indus » : I-OPCO-INDUS.",
    charger: async () => (await import("./commandes/indicateurs")).commandeIndicateurs,
  },
  {
    nom: "identifiant",
    resume: "Contrôle et normalise des identifiants (SIRET, UAI, NIR, CFD, RNCP, IDCC, NAF…).",
    charger: async () => (await import("./commandes/identifiant")).commandeIdentifiant,
  },
  {
    nom: "controle",
    resume: "Contrôle des fichiers de contrats d'apprentissage (JSON, JSON Lines) : résumé, JSON ou rapport HTML.",
    charger: async () => (await import("./commandes/controle")).commandeControle,
  },
  {
    nom: "demo",
    resume: "Génère des contrats de démonstration (JSON Lines, graine reproductible, défauts connus).",
    charger: async () => (await import("./commandes/demo")).commandeDemo,
  },
  {
    nom: "remuneration",
    resume: "Calcule la rémunération minimale d'un apprenti (lignes du CERFA, SMIC ou SMC).",
    charger: async () => (await import("./commandes/remuneration")).commandeRemuneration,
  },
  {
    nom: "npec",
    resume: "Donne le NPEC applicable à un contrat (RNCP, IDCC de l'employeur, date).",
    charger: async () => (await import("./commandes/npec")).commandeNpec,
  },
  {
    nom: "referentiel",
    resume: "Construit ou décrit un instantané local des référentiels (NPEC, RNCP, BCN, KALI…).",
    charger: async () => (await import("./commandes/referentiel")).commandeReferentiel,
  },
  {
    nom: "convertir",
    resume: "Convertit un fichier entre formats d'échange (standard, DECA, AGECAP, API Convergence…).",
    charger: async () => (await import("./commandes/convertir")).commandeConvertir,
  },
  {
    nom: "formats",
    resume: "Liste les formats d'échange (nom, sens de conversion, versions, OPCO).",
    charger: async () => (await import("./commandes/formats")).commandeFormats,
  },
  {
    nom: "prospects",
    resume: "Liste les entreprises à fort potentiel d'embauche en alternance d'un OPCO (score prédictif expliqué).",
    charger: async () => (await import("./commandes/prospects")).commandeProspects,
  },
  {
    nom: "maturite",
    resume: "Classe les SI des OPCO par niveau de maturité (matrices de capacités API datées).",
    charger: async () => (await import("./commandes/maturite")).commandeMaturite,
  },
  {
    nom: "completer",
    resume: "Autocomplète un brouillon de CERFA depuis un SIRET, un RNCP, un UAI, un code postal.",
    charger: async () => (await import("./commandes/completer")).commandeCompleter,
  },
  {
    nom: "financement",
    resume: "Échéancier de prise en charge (NPEC) et indus de chaque contrat d'un fichier.",
    charger: async () => (await import("./commandes/financement")).commandeFinancement,
  },
  {
    nom: "signature",
    resume: "Signe un CERFA (PAdES, signataire après signataire), vérifie un PDF signé, donne le circuit d'un contrat.",
    charger: async () => (await import("./commandes/signature")).commandeSignature,
  },
  {
    nom: "serveur",
    resume: "Démarre le service HTTP (OpenAPI 3.1) : toutes les commandes en routes /v1.",
    charger: async () => (await import("./commandes/serveur")).commandeServeur,
  },
  {
    nom: "convergence",
    resume: "API Convergence : dépose une convention avec son PDF signé ou un document (CERFA rempli), vérifie une clé d'API.",
    charger: async () => (await import("./commandes/convergence")).commandeConvergence,
  },
];
