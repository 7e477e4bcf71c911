// Le masquage vit dans @communs-opco/identifiants (sans module Node, utilisable dans un navigateur) ;
// la CLI le réexporte sous le même nom pour ses utilisateurs existants.
export { masquerDonneesPersonnelles } from "@communs-opco/identifiants";
