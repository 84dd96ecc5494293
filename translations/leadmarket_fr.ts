<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Rejection upheld</source>
        <translation>Refus maintenu</translation>
    </message>
    <message>
        <source>Overturned: lead validated</source>
        <translation>Annulé : lead validé</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Contesté le</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>Influenceur</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>Merchant&apos;s reason</source>
        <translation>Motif du marchand</translation>
    </message>
    <message>
        <source>Influencer&apos;s note</source>
        <translation>Note de l’influenceur</translation>
    </message>
    <message>
        <source>Decision note</source>
        <translation>Note de décision</translation>
    </message>
    <message>
        <source>Disputed rejections</source>
        <translation>Refus contestés</translation>
    </message>
    <message>
        <source>Show disputes with status</source>
        <translation>Afficher les contestations au statut</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Search by client, campaign, influencer or note</source>
        <translation>Rechercher par client, campagne, influenceur ou note</translation>
    </message>
    <message>
        <source>No dispute with this status. Influencers can dispute a rejection within 7 days.</source>
        <translation>Aucune contestation avec ce statut. Les influenceurs peuvent contester un refus sous 7 jours.</translation>
    </message>
    <message>
        <source>O&amp;verturn…</source>
        <translation>&amp;Annuler le refus…</translation>
    </message>
    <message>
        <source>Validate the lead: the merchant is charged its commission</source>
        <translation>Valider le lead : la commission est prélevée au marchand</translation>
    </message>
    <message>
        <source>&amp;Uphold the rejection…</source>
        <translation>&amp;Maintenir le refus…</translation>
    </message>
    <message>
        <source>Keep the rejection: the influencer is told</source>
        <translation>Garder le refus : l’influenceur est prévenu</translation>
    </message>
    <message>
        <source>Overturn a rejection</source>
        <translation>Annuler un refus</translation>
    </message>
    <message>
        <source>Uphold a rejection</source>
        <translation>Maintenir un refus</translation>
    </message>
    <message>
        <source>Validate the lead of %1? The merchant&apos;s deposit is charged %2, as if the merchant had validated it, and both sides are told.</source>
        <translation>Valider le lead de %1 ? Le dépôt du marchand est débité de %2, comme s’il l’avait validé lui-même, et les deux parties sont prévenues.</translation>
    </message>
    <message>
        <source>Keep the rejection of %1&apos;s lead? The influencer is told.</source>
        <translation>Maintenir le refus du lead de %1 ? L’influenceur est prévenu.</translation>
    </message>
    <message>
        <source>&amp;Overturn</source>
        <translation>&amp;Annuler le refus</translation>
    </message>
    <message>
        <source>&amp;Uphold</source>
        <translation>&amp;Maintenir</translation>
    </message>
    <message>
        <source>&amp;Note for both sides:</source>
        <translation>&amp;Note pour les deux parties :</translation>
    </message>
    <message>
        <source>%1&apos;s lead is validated and charged.</source>
        <translation>Le lead de %1 est validé et facturé.</translation>
    </message>
    <message>
        <source>The rejection of %1&apos;s lead is upheld.</source>
        <translation>Le refus du lead de %1 est maintenu.</translation>
    </message>
</context>
<context>
    <name>AdminPages</name>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file d’attente</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Marchand</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>Influenceur</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Blocked a merchant&apos;s deposit</source>
        <translation>Blocage du dépôt d’un marchand</translation>
    </message>
    <message>
        <source>Unblocked a merchant&apos;s deposit</source>
        <translation>Déblocage du dépôt d’un marchand</translation>
    </message>
    <message>
        <source>Created an account</source>
        <translation>Création d’un compte</translation>
    </message>
    <message>
        <source>Disabled an account</source>
        <translation>Désactivation d’un compte</translation>
    </message>
    <message>
        <source>Enabled an account</source>
        <translation>Réactivation d’un compte</translation>
    </message>
    <message>
        <source>Marked a payout paid</source>
        <translation>Versement marqué comme payé</translation>
    </message>
    <message>
        <source>Rejected a payout</source>
        <translation>Refus d’un versement</translation>
    </message>
    <message>
        <source>Erased a lead&apos;s contact details</source>
        <translation>Effacement des coordonnées d’un lead</translation>
    </message>
    <message>
        <source>Deposit check and alerts (every hour)</source>
        <translation>Contrôle des dépôts et alertes (toutes les heures)</translation>
    </message>
    <message>
        <source>Daily report for the admins (09:00)</source>
        <translation>Rapport quotidien pour les administrateurs (09:00)</translation>
    </message>
    <message>
        <source>Expiry of leads pending over 72 h (23:00)</source>
        <translation>Expiration des leads en attente depuis plus de 72 h (23:00)</translation>
    </message>
    <message>
        <source>Erasure of old clients&apos; contact details (daily)</source>
        <translation>Effacement des coordonnées des anciens clients (chaque jour)</translation>
    </message>
    <message numerus="yes">
        <source>%n deposit(s) checked</source>
        <translation>
            <numerusform>%n dépôt vérifié</numerusform>
            <numerusform>%n dépôts vérifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) sent</source>
        <translation>
            <numerusform>%n alerte envoyée</numerusform>
            <numerusform>%n alertes envoyées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked</source>
        <translation>
            <numerusform>%n bloqué</numerusform>
            <numerusform>%n bloqués</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) expired</source>
        <translation>
            <numerusform>%n lead expiré</numerusform>
            <numerusform>%n leads expirés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) erased</source>
        <translation>
            <numerusform>%n lead effacé</numerusform>
            <numerusform>%n leads effacés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Report of %1: %n lead(s) created</source>
        <translation>
            <numerusform>Rapport du %1 : %n lead créé</numerusform>
            <numerusform>Rapport du %1 : %n leads créés</numerusform>
        </translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>Outgoing messages</source>
        <translation>Messages sortants</translation>
    </message>
    <message>
        <source>Show messages with status</source>
        <translation>Afficher les messages ayant le statut</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Search by recipient, subject or error</source>
        <translation>Rechercher par destinataire, objet ou erreur</translation>
    </message>
    <message>
        <source>No message with this status.</source>
        <translation>Aucun message avec ce statut.</translation>
    </message>
    <message>
        <source>Showing the %1 most recent messages.</source>
        <translation>Affichage des %1 messages les plus récents.</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Dernier résultat</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Dernière exécution</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Prochaine exécution</translation>
    </message>
    <message>
        <source>Scheduled jobs</source>
        <translation>Tâches planifiées</translation>
    </message>
    <message>
        <source>The server has no scheduled job.</source>
        <translation>Le serveur n’a aucune tâche planifiée.</translation>
    </message>
    <message>
        <source>&amp;Run now…</source>
        <translation>&amp;Exécuter maintenant…</translation>
    </message>
    <message>
        <source>Run the selected job now, as its schedule would</source>
        <translation>Exécuter maintenant la tâche sélectionnée, comme le ferait sa planification</translation>
    </message>
    <message>
        <source>Run a job</source>
        <translation>Exécuter une tâche</translation>
    </message>
    <message>
        <source>Run “%1” now? It does what its scheduled run does (alerts, emails, expiries) and does not change its schedule.</source>
        <translation>Exécuter « %1 » maintenant ? La tâche fait ce que fait son exécution planifiée (alertes, e-mails, expirations), sans modifier sa planification.</translation>
    </message>
    <message>
        <source>&amp;Run now</source>
        <translation>&amp;Exécuter maintenant</translation>
    </message>
    <message>
        <source>“%1” ran: %2.</source>
        <translation>Tâche « %1 » exécutée : %2.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Show accounts with role</source>
        <translation>Afficher les comptes ayant le rôle</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Tous les rôles</translation>
    </message>
    <message>
        <source>Merchants</source>
        <translation>Marchands</translation>
    </message>
    <message>
        <source>Influencers</source>
        <translation>Influenceurs</translation>
    </message>
    <message>
        <source>Administrators</source>
        <translation>Administrateurs</translation>
    </message>
    <message>
        <source>Search by email or name</source>
        <translation>Rechercher par e-mail ou nom</translation>
    </message>
    <message>
        <source>No account matches this role and search.</source>
        <translation>Aucun compte ne correspond à ce rôle et à cette recherche.</translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation>&amp;Nouvel utilisateur…</translation>
    </message>
    <message>
        <source>Create an account of any role</source>
        <translation>Créer un compte, quel que soit son rôle</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>Désac&amp;tiver…</translation>
    </message>
    <message>
        <source>Sign the account out everywhere and refuse its sign-ins</source>
        <translation>Déconnecter le compte partout et refuser ses connexions</translation>
    </message>
    <message>
        <source>Ena&amp;ble…</source>
        <translation>&amp;Réactiver…</translation>
    </message>
    <message>
        <source>Let the account sign in again</source>
        <translation>Permettre au compte de se reconnecter</translation>
    </message>
    <message>
        <source>You cannot disable your own account</source>
        <translation>Vous ne pouvez pas désactiver votre propre compte</translation>
    </message>
    <message>
        <source>The account of %1 (%2) was created.</source>
        <translation>Le compte de %1 (%2) a été créé.</translation>
    </message>
    <message>
        <source>Disable an account</source>
        <translation>Désactiver un compte</translation>
    </message>
    <message>
        <source>Enable an account</source>
        <translation>Réactiver un compte</translation>
    </message>
    <message>
        <source>Disable the account of %1 (%2)? They are signed out everywhere at once and cannot sign in until an administrator enables the account again.</source>
        <translation>Désactiver le compte de %1 (%2) ? Cette personne est aussitôt déconnectée partout et ne pourra plus se connecter tant qu’un administrateur n’aura pas réactivé le compte.</translation>
    </message>
    <message>
        <source>Enable the account of %1 (%2)? They can sign in again.</source>
        <translation>Réactiver le compte de %1 (%2) ? Cette personne pourra de nouveau se connecter.</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Réactiver</translation>
    </message>
    <message>
        <source>%1 is disabled and signed out.</source>
        <translation>%1 : compte désactivé et déconnecté.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 peut de nouveau se connecter.</translation>
    </message>
    <message>
        <source>Showing the first %1 accounts: search to narrow them.</source>
        <translation>Affichage des %1 premiers comptes : lancez une recherche pour affiner.</translation>
    </message>
    <message>
        <source>Payout requests</source>
        <translation>Demandes de versement</translation>
    </message>
    <message>
        <source>Show payouts with status</source>
        <translation>Afficher les versements ayant le statut</translation>
    </message>
    <message>
        <source>Search by influencer, account or reference</source>
        <translation>Rechercher par influenceur, compte ou référence</translation>
    </message>
    <message>
        <source>No payout with this status.</source>
        <translation>Aucun versement avec ce statut.</translation>
    </message>
    <message>
        <source>Mark &amp;paid…</source>
        <translation>Marquer comme pa&amp;yé…</translation>
    </message>
    <message>
        <source>Record the bank transfer of the selected payout</source>
        <translation>Enregistrer le virement bancaire du versement sélectionné</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Refuser…</translation>
    </message>
    <message>
        <source>Refuse the payout: the amount goes back to the influencer</source>
        <translation>Refuser le versement : le montant revient à l’influenceur</translation>
    </message>
    <message>
        <source>Mark a payout paid</source>
        <translation>Marquer un versement comme payé</translation>
    </message>
    <message>
        <source>Reject a payout</source>
        <translation>Refuser un versement</translation>
    </message>
    <message>
        <source>Mark the payout of %1 to %2 (account %3) as paid? Enter the bank transfer&apos;s reference; the influencer is told.</source>
        <translation>Marquer comme payé le versement de %1 à %2 (compte %3) ? Saisissez la référence du virement bancaire ; l’influenceur en sera informé.</translation>
    </message>
    <message>
        <source>Reject the payout of %1 to %2? The amount goes back to the influencer&apos;s available earnings; the reason is sent to them.</source>
        <translation>Refuser le versement de %1 à %2 ? Le montant revient aux gains disponibles de l’influenceur ; le motif lui est envoyé.</translation>
    </message>
    <message>
        <source>Mark &amp;paid</source>
        <translation>Marquer comme &amp;payé</translation>
    </message>
    <message>
        <source>&amp;Reject payout</source>
        <translation>&amp;Refuser le versement</translation>
    </message>
    <message>
        <source>Transfer &amp;reference:</source>
        <translation>Ré&amp;férence du virement :</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>The payout of %1 to %2 is marked paid.</source>
        <translation>Le versement de %1 à %2 est marqué comme payé.</translation>
    </message>
    <message>
        <source>The payout of %1 to %2 is rejected.</source>
        <translation>Le versement de %1 à %2 est refusé.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>merchant %1</source>
        <translation>marchand %1</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>compte %1</translation>
    </message>
    <message>
        <source>payout %1</source>
        <translation>versement %1</translation>
    </message>
    <message>
        <source>lead %1</source>
        <translation>lead %1</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Search by who, action, target or details</source>
        <translation>Rechercher par auteur, action, cible ou détails</translation>
    </message>
    <message>
        <source>No administrator action recorded yet.</source>
        <translation>Aucune action d’administrateur enregistrée pour le moment.</translation>
    </message>
    <message>
        <source>Showing the %1 most recent entries.</source>
        <translation>Affichage des %1 entrées les plus récentes.</translation>
    </message>
    <message>
        <source>&amp;Run the ledger check</source>
        <translation>&amp;Lancer le contrôle du grand livre</translation>
    </message>
    <message>
        <source>Merchant or influencer</source>
        <translation>Marchand ou influenceur</translation>
    </message>
    <message>
        <source>the whole ledger</source>
        <translation>tout le grand livre</translation>
    </message>
    <message>
        <source>influencer %1</source>
        <translation>influenceur %1</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Constaté</translation>
    </message>
    <message>
        <source>Ledger mismatches</source>
        <translation>Écarts du grand livre</translation>
    </message>
    <message>
        <source>No mismatch: every deposit equals its ledger.</source>
        <translation>Aucun écart : chaque dépôt correspond à son grand livre.</translation>
    </message>
    <message>
        <source>Run the ledger check</source>
        <translation>Lancer le contrôle du grand livre</translation>
    </message>
    <message>
        <source>Compare every deposit and every influencer&apos;s earnings with their ledgers</source>
        <translation>Comparer chaque dépôt et les gains de chaque influenceur avec leurs écritures</translation>
    </message>
    <message>
        <source>Run the check to compare every deposit with its ledger rows and every influencer&apos;s earnings with their payouts.</source>
        <translation>Lancez le contrôle pour comparer chaque dépôt à ses écritures et les gains de chaque influenceur à ses versements.</translation>
    </message>
    <message numerus="yes">
        <source>OK — %n deposit(s) checked</source>
        <translation>
            <numerusform>OK — %n dépôt vérifié</numerusform>
            <numerusform>OK — %n dépôts vérifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mismatch(es) found</source>
        <translation>
            <numerusform>%n écart trouvé</numerusform>
            <numerusform>%n écarts trouvés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n influencer(s)</source>
        <translation>
            <numerusform>%n influenceur</numerusform>
            <numerusform>%n influenceurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Ran a scheduled job by hand</source>
        <translation>Lancement manuel d’une tâche planifiée</translation>
    </message>
    <message>
        <source>job %1</source>
        <translation>tâche %1</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>email address</source>
        <translation>adresse e-mail</translation>
    </message>
    <message>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <source>client name</source>
        <translation>nom du client</translation>
    </message>
    <message>
        <source>client email</source>
        <translation>e-mail du client</translation>
    </message>
    <message>
        <source>client phone</source>
        <translation>téléphone du client</translation>
    </message>
    <message>
        <source>company</source>
        <translation>entreprise</translation>
    </message>
    <message>
        <source>estimated value</source>
        <translation>valeur estimée</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>quality score</source>
        <translation>note de qualité</translation>
    </message>
    <message>
        <source>feedback</source>
        <translation>commentaire</translation>
    </message>
    <message>
        <source>rejection reason</source>
        <translation>motif du refus</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>campagne</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>montant</translation>
    </message>
    <message>
        <source>The LeadMarket server cannot be reached. Check your Internet connection; your work is kept and will be sent when the connection is back.</source>
        <translation>Le serveur LeadMarket est injoignable. Vérifiez votre connexion Internet ; votre travail est conservé et sera envoyé dès le retour de la connexion.</translation>
    </message>
    <message>
        <source>The LeadMarket server is taking too long to answer. Please try again in a moment.</source>
        <translation>Le serveur LeadMarket met trop de temps à répondre. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>This server address is not secure (it does not start with https://). Use the https:// address of your LeadMarket server.</source>
        <translation>Cette adresse de serveur n&apos;est pas sécurisée (elle ne commence pas par https://). Utilisez l&apos;adresse https:// de votre serveur LeadMarket.</translation>
    </message>
    <message>
        <source>The server sent an answer this version of LeadMarket does not understand. Please update the application or contact support.</source>
        <translation>Le serveur a envoyé une réponse que cette version de LeadMarket ne comprend pas. Mettez l&apos;application à jour ou contactez le support.</translation>
    </message>
    <message>
        <source>Your password could not be remembered: no keychain is available on this computer (the Secret Service, such as GNOME Keyring, is missing or locked). You will be asked to sign in next time.</source>
        <translation>Votre connexion n&apos;a pas pu être mémorisée : aucun trousseau n&apos;est disponible sur cet ordinateur (le service de secrets, comme GNOME Keyring, est absent ou verrouillé). Il faudra vous reconnecter la prochaine fois.</translation>
    </message>
    <message>
        <source>The email address or the password is incorrect.</source>
        <translation>L&apos;adresse e-mail ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>Your session has expired. Please sign in again.</source>
        <translation>Votre session a expiré. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this.</source>
        <translation>Votre compte n&apos;est pas autorisé à faire cela.</translation>
    </message>
    <message>
        <source>This item no longer exists or is not yours.</source>
        <translation>Cet élément n&apos;existe plus ou ne vous appartient pas.</translation>
    </message>
    <message>
        <source>An account already exists with this email address.</source>
        <translation>Un compte existe déjà avec cette adresse e-mail.</translation>
    </message>
    <message>
        <source>This lead has already been handled (validated, rejected or expired).</source>
        <translation>Ce lead a déjà été traité (validé, refusé ou expiré).</translation>
    </message>
    <message>
        <source>This client was already sent to this campaign in the last 30 days.</source>
        <translation>Ce client a déjà été proposé à cette campagne au cours des 30 derniers jours.</translation>
    </message>
    <message>
        <source>This campaign is paused: it does not accept new leads for now.</source>
        <translation>Cette campagne est en pause : elle n&apos;accepte pas de nouveaux leads pour le moment.</translation>
    </message>
    <message>
        <source>The merchant&apos;s deposit is too low to pay the commission of this lead.</source>
        <translation>Le dépôt du marchand est insuffisant pour payer la commission de ce lead.</translation>
    </message>
    <message>
        <source>The deposit is blocked: new leads are refused until it is recharged.</source>
        <translation>Le dépôt est bloqué : les nouveaux leads sont refusés jusqu&apos;à sa recharge.</translation>
    </message>
    <message>
        <source>This action was already sent with different details. Please start it again.</source>
        <translation>Cette action a déjà été envoyée avec d&apos;autres informations. Veuillez la recommencer.</translation>
    </message>
    <message>
        <source>Too many attempts. Please wait a minute and try again.</source>
        <translation>Trop de tentatives. Patientez une minute puis réessayez.</translation>
    </message>
    <message>
        <source>What you sent is too large.</source>
        <translation>Ce que vous avez envoyé est trop volumineux.</translation>
    </message>
    <message>
        <source>The payment or messaging service is not answering. Nothing was charged; please try again later.</source>
        <translation>Le service de paiement ou de messagerie ne répond pas. Rien n&apos;a été débité ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>Some information is missing or incorrect.</source>
        <translation>Certaines informations sont manquantes ou incorrectes.</translation>
    </message>
    <message>
        <source>Some information is missing or incorrect: %1.</source>
        <translation>Certaines informations sont manquantes ou incorrectes : %1.</translation>
    </message>
    <message>
        <source>The server could not read the request. Please update the application.</source>
        <translation>Le serveur n&apos;a pas pu lire la demande. Veuillez mettre l&apos;application à jour.</translation>
    </message>
    <message>
        <source>The LeadMarket server has a problem right now. Your work is kept; please try again later.</source>
        <translation>Le serveur LeadMarket rencontre un problème. Votre travail est conservé ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server refused the request (error %1).</source>
        <translation>Le serveur a refusé la demande (erreur %1).</translation>
    </message>
    <message>
        <source>RIB</source>
        <translation>RIB</translation>
    </message>
    <message>
        <source>account holder</source>
        <translation>titulaire du compte</translation>
    </message>
    <message>
        <source>bank details</source>
        <translation>coordonnées bancaires</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>transfer reference</source>
        <translation>référence du virement</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>premier jour</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>dernier jour</translation>
    </message>
    <message>
        <source>This feature is not set up on the server yet. Please contact the LeadMarket administrator.</source>
        <translation>Cette fonction n’est pas encore configurée sur le serveur. Veuillez contacter l’administrateur de LeadMarket.</translation>
    </message>
    <message>
        <source>This has already been decided (perhaps by another administrator).</source>
        <translation>Une décision a déjà été prise (peut-être par un autre administrateur).</translation>
    </message>
    <message>
        <source>This account is disabled. Please contact the LeadMarket administrator.</source>
        <translation>Ce compte est désactivé. Veuillez contacter l’administrateur de LeadMarket.</translation>
    </message>
    <message>
        <source>Confirm your email address first: open the link LeadMarket sent you.</source>
        <translation>Confirmez d’abord votre adresse e-mail : ouvrez le lien que LeadMarket vous a envoyé.</translation>
    </message>
    <message>
        <source>Only a rejected lead can be disputed.</source>
        <translation>Seul un lead refusé peut être contesté.</translation>
    </message>
    <message>
        <source>This rejection is already disputed.</source>
        <translation>Ce refus est déjà contesté.</translation>
    </message>
    <message>
        <source>A rejection can be disputed within 7 days only.</source>
        <translation>Un refus ne peut être contesté que dans les 7 jours.</translation>
    </message>
    <message>
        <source>code from the email</source>
        <translation>code reçu par e-mail</translation>
    </message>
    <message>
        <source>new password</source>
        <translation>nouveau mot de passe</translation>
    </message>
    <message>
        <source>current password</source>
        <translation>mot de passe actuel</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Received</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>Influenceur</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Estimated value (MAD)</source>
        <translation>Valeur estimée (MAD)</translation>
    </message>
    <message>
        <source>Commission (MAD)</source>
        <translation>Commission (MAD)</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Amount (MAD)</source>
        <translation>Montant (MAD)</translation>
    </message>
    <message>
        <source>Balance change (MAD)</source>
        <translation>Variation du solde (MAD)</translation>
    </message>
    <message>
        <source>Balance after (MAD)</source>
        <translation>Solde après (MAD)</translation>
    </message>
    <message>
        <source>Reserved after (MAD)</source>
        <translation>Réservé après (MAD)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>LevelLook</name>
    <message>
        <source>Healthy</source>
        <translation>Sain</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Depleted</source>
        <translation>Épuisé</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>StartupOptions</name>
    <message>
        <source>LeadMarket desktop client</source>
        <translation>Client de bureau LeadMarket</translation>
    </message>
    <message>
        <source>Server address.</source>
        <translation>Adresse du serveur.</translation>
    </message>
    <message>
        <source>Interface language: fr, ar or en.</source>
        <translation>Langue de l&apos;interface : fr, ar ou en.</translation>
    </message>
    <message>
        <source>Profile (account or server) to use.</source>
        <translation>Profil (compte ou serveur) à utiliser.</translation>
    </message>
    <message>
        <source>Account email address.</source>
        <translation>Adresse e-mail du compte.</translation>
    </message>
    <message>
        <source>Read a token on standard input, keep it in the keychain for --server and --email, and exit.</source>
        <translation>Lire un jeton sur l&apos;entrée standard, le garder dans le trousseau pour --server et --email, puis quitter.</translation>
    </message>
    <message>
        <source>Log debug messages.</source>
        <translation>Journaliser les messages de débogage.</translation>
    </message>
</context>
<context>
    <name>lm::client::AboutDialog</name>
    <message>
        <source>About LeadMarket</source>
        <translation>À propos de LeadMarket</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>The pay-per-lead marketplace for services in Morocco: influencers bring clients, merchants pay only for the leads they validate.</source>
        <translation>La place de marché de leads payés au résultat pour les services au Maroc : les influenceurs apportent des clients, les marchands ne paient que les leads qu&apos;ils valident.</translation>
    </message>
    <message>
        <source>Log file: %1</source>
        <translation>Fichier journal : %1</translation>
    </message>
</context>
<context>
    <name>lm::client::AccountMenu</name>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>&amp;Profile…</source>
        <translation>&amp;Profil…</translation>
    </message>
    <message>
        <source>Your name, phone and the language of your emails and notifications</source>
        <translation>Votre nom, votre téléphone et la langue de vos e-mails et notifications</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>&amp;Changer le mot de passe…</translation>
    </message>
    <message>
        <source>&amp;Verify email…</source>
        <translation>&amp;Vérifier l’adresse e-mail…</translation>
    </message>
    <message>
        <source>Confirm your email address with the code LeadMarket sent you</source>
        <translation>Confirmez votre adresse e-mail avec le code envoyé par LeadMarket</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>Votre mot de passe a été changé.</translation>
    </message>
    <message>
        <source>Your profile has been saved.</source>
        <translation>Votre profil a été enregistré.</translation>
    </message>
    <message>
        <source>Your email address is verified.</source>
        <translation>Votre adresse e-mail est vérifiée.</translation>
    </message>
</context>
<context>
    <name>lm::client::Actions</name>
    <message>
        <source>This campaign is not known here yet. Synchronise, then try again.</source>
        <translation>Cette campagne n’est pas encore connue ici. Synchronisez, puis réessayez.</translation>
    </message>
    <message>
        <source>This lead could not be kept for sending. Synchronise, then try again.</source>
        <translation>Ce lead n’a pas pu être conservé pour l’envoi. Synchronisez, puis réessayez.</translation>
    </message>
    <message>
        <source>This action is being sent: it can no longer be cancelled.</source>
        <translation>Cette action est en cours d’envoi : elle ne peut plus être annulée.</translation>
    </message>
    <message>
        <source>This action is no longer waiting to be sent.</source>
        <translation>Cette action n’est plus en attente d’envoi.</translation>
    </message>
</context>
<context>
    <name>lm::client::AdminActionDialog</name>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>The server refused this: %1</source>
        <translation>Refusé par le serveur : %1</translation>
    </message>
</context>
<context>
    <name>lm::client::AdminListPage</name>
    <message>
        <source>This needs a connection to the LeadMarket server, which cannot be reached right now. Check the connection, then try again.</source>
        <translation>Cela nécessite une connexion au serveur LeadMarket, qui est injoignable pour le moment. Vérifiez la connexion, puis réessayez.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Not loaded yet.</source>
        <translation>Pas encore chargé.</translation>
    </message>
    <message>
        <source>Nothing matches this search or filter.</source>
        <translation>Rien ne correspond à cette recherche ou à ce filtre.</translation>
    </message>
</context>
<context>
    <name>lm::client::AdminWorkspace</name>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Versements</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Boîte d’envoi</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Grand livre</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Search notifications</source>
        <translation>Rechercher dans les notifications</translation>
    </message>
    <message>
        <source>No notification yet: critical and depleted deposits are announced here.</source>
        <translation>Aucune notification pour le moment : les dépôts critiques et épuisés sont signalés ici.</translation>
    </message>
    <message>
        <source>Search campaigns or merchants</source>
        <translation>Rechercher des campagnes ou des marchands</translation>
    </message>
    <message>
        <source>No campaign yet.</source>
        <translation>Aucune campagne pour le moment.</translation>
    </message>
    <message>
        <source>Mark as &amp;read</source>
        <translation>Marquer comme &amp;lu</translation>
    </message>
    <message>
        <source>Mark the selected notification as read</source>
        <translation>Marquer la notification sélectionnée comme lue</translation>
    </message>
    <message>
        <source>Mark &amp;all as read</source>
        <translation>&amp;Tout marquer comme lu</translation>
    </message>
    <message>
        <source>Mark every notification as read</source>
        <translation>Marquer toutes les notifications comme lues</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>Contestations</translation>
    </message>
</context>
<context>
    <name>lm::client::AlertsBoard</name>
    <message>
        <source>Merchants&apos; deposits</source>
        <translation>Dépôts des marchands</translation>
    </message>
    <message>
        <source>Search merchants by name</source>
        <translation>Rechercher des marchands par nom</translation>
    </message>
    <message>
        <source>No merchant yet: deposits appear here when merchants sign up.</source>
        <translation>Aucun marchand pour le moment : les dépôts apparaissent ici quand des marchands s’inscrivent.</translation>
    </message>
    <message>
        <source>No merchant matches this name and these levels.</source>
        <translation>Aucun marchand ne correspond à ce nom et à ces niveaux.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Refresh the board</source>
        <translation>Actualiser le tableau</translation>
    </message>
    <message>
        <source>Read every deposit again now (the board also refreshes every 30 seconds)</source>
        <translation>Relire tous les dépôts maintenant (le tableau s’actualise aussi toutes les 30 secondes)</translation>
    </message>
    <message>
        <source>&amp;Block…</source>
        <translation>&amp;Bloquer…</translation>
    </message>
    <message>
        <source>Refuse the merchant&apos;s new leads until an administrator unblocks the deposit</source>
        <translation>Refuser les nouveaux leads du marchand jusqu’à ce qu’un administrateur débloque le dépôt</translation>
    </message>
    <message>
        <source>&amp;Unblock…</source>
        <translation>Débl&amp;oquer…</translation>
    </message>
    <message>
        <source>Take the merchant&apos;s new leads again</source>
        <translation>Accepter à nouveau les leads du marchand</translation>
    </message>
    <message>
        <source>&amp;Transactions…</source>
        <translation>&amp;Transactions…</translation>
    </message>
    <message>
        <source>The merchant&apos;s deposit ledger, newest first</source>
        <translation>Les écritures du dépôt du marchand, les plus récentes d’abord</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>Mis à jour à %1</translation>
    </message>
    <message>
        <source>All: %1</source>
        <translation>Tous : %1</translation>
    </message>
    <message numerus="yes">
        <source>Show every deposit (%n)</source>
        <translation>
            <numerusform>Afficher tous les dépôts (%n)</numerusform>
            <numerusform>Afficher tous les dépôts (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>level and its count</comment>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 deposits: %n</source>
        <translation>
            <numerusform>Dépôts au niveau %1 : %n</numerusform>
            <numerusform>Dépôts au niveau %1 : %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Show only the %1 deposits (press several levels to combine them)</source>
        <translation>Afficher uniquement les dépôts au niveau %1 (appuyez sur plusieurs niveaux pour les combiner)</translation>
    </message>
    <message>
        <source>Block a merchant</source>
        <translation>Bloquer un marchand</translation>
    </message>
    <message>
        <source>Block the deposit of %1? Influencers&apos; new leads on its campaigns are refused until an administrator unblocks it; a recharge does not lift this block. The reason is kept in the audit log.</source>
        <translation>Bloquer le dépôt de %1 ? Les nouveaux leads des influenceurs sur ses campagnes sont refusés jusqu’à ce qu’un administrateur le débloque ; une recharge ne lève pas ce blocage. Le motif est conservé dans le journal d’audit.</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;Bloquer</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Unblock a merchant</source>
        <translation>Débloquer un marchand</translation>
    </message>
    <message>
        <source>Unblock the deposit of %1? Its campaigns take new leads again (a deposit still depleted is blocked again by the next deposit check).</source>
        <translation>Débloquer le dépôt de %1 ? Ses campagnes acceptent de nouveau des leads (un dépôt encore épuisé est rebloqué au prochain contrôle des dépôts).</translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <translation>&amp;Débloquer</translation>
    </message>
    <message>
        <source>Optional, kept in the audit log</source>
        <translation>Facultatif, conservé dans le journal d’audit</translation>
    </message>
    <message>
        <source>%1 is blocked: its new leads are refused.</source>
        <translation>Le dépôt de %1 est bloqué : ses nouveaux leads sont refusés.</translation>
    </message>
    <message>
        <source>%1 is unblocked.</source>
        <translation>Le dépôt de %1 est débloqué.</translation>
    </message>
</context>
<context>
    <name>lm::client::AlertsModel</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Blocked: deposit depleted</source>
        <translation>Bloqué : dépôt épuisé</translation>
    </message>
    <message>
        <source>Blocked by an administrator: %1</source>
        <translation>Bloqué par un administrateur : %1</translation>
    </message>
    <message>
        <source>Blocked by an administrator</source>
        <translation>Bloqué par un administrateur</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>percentage with one decimal</comment>
        <extracomment>A percentage with one decimal, e.g. &quot;68.3%&quot;; French puts a narrow no-break space before %.</extracomment>
        <translation>%1&#x202f;%</translation>
    </message>
    <message>
        <source>%1 of the reference %2 (the balance after the latest recharge)</source>
        <translation>%1 de la référence %2 (le solde après la dernière recharge)</translation>
    </message>
    <message>
        <source>Rejected leads out of the leads decided in the last 30 days</source>
        <translation>Leads refusés parmi les leads traités au cours des 30 derniers jours</translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation>Niveau : %1</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Marchand</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Restant</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Pending leads</source>
        <translation>Leads en attente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Last alert</source>
        <translation>Dernière alerte</translation>
    </message>
    <message>
        <source>Rejected (30 days)</source>
        <translation>Refusés (30 jours)</translation>
    </message>
</context>
<context>
    <name>lm::client::BankDetailsDialog</name>
    <message>
        <source>Bank details</source>
        <translation>Coordonnées bancaires</translation>
    </message>
    <message>
        <source>Payouts go to the account ending %1. Enter the full RIB again to change it.</source>
        <translation>Les versements sont envoyés sur le compte se terminant par %1. Saisissez de nouveau le RIB complet pour le modifier.</translation>
    </message>
    <message>
        <source>Payouts are sent by bank transfer to this account.</source>
        <translation>Les versements sont envoyés par virement bancaire sur ce compte.</translation>
    </message>
    <message>
        <source>The RIB is stored encrypted; only its last four digits are ever shown again.</source>
        <translation>Le RIB est conservé chiffré ; seuls ses quatre derniers chiffres seront affichés par la suite.</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>Titulaire du compte</translation>
    </message>
    <message>
        <source>RIB, 24 digits</source>
        <translation>RIB, 24 chiffres</translation>
    </message>
    <message>
        <source>Account &amp;holder:</source>
        <translation>&amp;Titulaire du compte :</translation>
    </message>
    <message>
        <source>&amp;RIB (24 digits):</source>
        <translation>&amp;RIB (24 chiffres) :</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>A RIB has digits only (spaces are fine).</source>
        <translation>Un RIB ne contient que des chiffres (les espaces sont acceptés).</translation>
    </message>
    <message numerus="yes">
        <source>A RIB has 24 digits; this one has %n.</source>
        <translation>
            <numerusform>Un RIB compte 24 chiffres ; celui-ci en a %n.</numerusform>
            <numerusform>Un RIB compte 24 chiffres ; celui-ci en a %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>These 24 digits are not a valid RIB: the last two (the key) do not match. Check for a typo.</source>
        <translation>Ces 24 chiffres ne forment pas un RIB valide : les deux derniers (la clé) ne correspondent pas. Vérifiez qu’il n’y a pas de faute de frappe.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>The server refused this RIB: %1</source>
        <translation>Le serveur a refusé ce RIB : %1</translation>
    </message>
    <message>
        <source>The server refused this name: %1</source>
        <translation>Le serveur a refusé ce nom : %1</translation>
    </message>
</context>
<context>
    <name>lm::client::Cache</name>
    <message>
        <source>Its client details cannot be read on this computer.</source>
        <translation>Les coordonnées de son client ne peuvent pas être lues sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>lm::client::CampaignDialog</name>
    <message>
        <source>Edit the campaign</source>
        <translation>Modifier la campagne</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Nouvelle campagne</translation>
    </message>
    <message>
        <source>For example: Air conditioning in Casablanca</source>
        <translation>Par exemple : Climatisation à Casablanca</translation>
    </message>
    <message>
        <source>What you sell, to whom, and what makes a good lead</source>
        <translation>Ce que vous vendez, à qui, et ce qui fait un bon lead</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>Commission per lead</source>
        <translation>Commission par lead</translation>
    </message>
    <message>
        <source>&amp;Percentage of the value (%):</source>
        <translation>&amp;Pourcentage de la valeur (%) :</translation>
    </message>
    <message>
        <source>…&amp;below a value of (%1):</source>
        <translation>…pour une valeur &amp;inférieure à (%1) :</translation>
    </message>
    <message>
        <source>Fi&amp;xed commission from that value (%1):</source>
        <translation>Commission &amp;fixe à partir de cette valeur (%1) :</translation>
    </message>
    <message>
        <source>&amp;Influencer&apos;s share (%):</source>
        <translation>Pa&amp;rt de l’influenceur (%) :</translation>
    </message>
    <message>
        <source>&amp;Example, a lead worth (%1):</source>
        <translation>E&amp;xemple, un lead d’une valeur de (%1) :</translation>
    </message>
    <message>
        <source>New terms apply to the leads sent from now on.</source>
        <translation>Les nouvelles conditions s’appliquent aux leads envoyés à partir de maintenant.</translation>
    </message>
    <message>
        <source>Influencers see these terms before they send you a lead.</source>
        <translation>Les influenceurs voient ces conditions avant de vous envoyer un lead.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Create the campaign</source>
        <translation>&amp;Créer la campagne</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Saisissez un nombre.</translation>
    </message>
    <message>
        <source>Type a percentage such as %1.</source>
        <translation>Saisissez un pourcentage, par exemple %1.</translation>
    </message>
    <message>
        <source>Type an amount such as %1.</source>
        <translation>Saisissez un montant, par exemple %1.</translation>
    </message>
    <message>
        <source>Type the terms and a value to see what a lead would cost.</source>
        <translation>Saisissez les conditions et une valeur pour voir ce que coûterait un lead.</translation>
    </message>
    <message>
        <source>fixed, from %1</source>
        <translation>fixe, à partir de %1</translation>
    </message>
    <message>
        <source>%1 % of the value</source>
        <translation>%1 % de la valeur</translation>
    </message>
    <message>
        <source>Commission %1 (%2): %3 to the influencer, %4 to LeadMarket.</source>
        <translation>Commission %1 (%2) : %3 pour l’influenceur, %4 pour LeadMarket.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Refused by the server: from 0 to 100 %.</source>
        <translation>Refusé par le serveur : de 0 à 100 %.</translation>
    </message>
    <message>
        <source>Refused by the server: from 0 to %1.</source>
        <translation>Refusé par le serveur : de 0 à %1.</translation>
    </message>
    <message numerus="yes">
        <source>Refused by the server: required, at most %n characters.</source>
        <translation>
            <numerusform>Refusé par le serveur : obligatoire, %n caractère au maximum.</numerusform>
            <numerusform>Refusé par le serveur : obligatoire, %n caractères au maximum.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refused by the server: at most %n characters.</source>
        <translation>
            <numerusform>Refusé par le serveur : %n caractère au maximum.</numerusform>
            <numerusform>Refusé par le serveur : %n caractères au maximum.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation>Rien n’a été enregistré : corrigez les champs signalés en rouge.</translation>
    </message>
</context>
<context>
    <name>lm::client::CampaignsModel</name>
    <message>
        <source>%1 % below %2, else %3</source>
        <translation>%1 % en dessous de %2, sinon %3</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Paused (deposit empty)</source>
        <translation>En pause (dépôt épuisé)</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Marchand</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>Influencer share</source>
        <translation>Part de l&apos;influenceur</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
</context>
<context>
    <name>lm::client::CampaignsPage</name>
    <message>
        <source>&amp;New campaign…</source>
        <translation>&amp;Nouvelle campagne…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>Mettre en pa&amp;use</translation>
    </message>
    <message>
        <source>Re&amp;charge…</source>
        <translation>Re&amp;charger…</translation>
    </message>
    <message>
        <source>You have no campaign yet. Create one: influencers then send you leads for it, and you pay only for the leads you validate.</source>
        <translation>Vous n’avez encore aucune campagne. Créez-en une : les influenceurs vous enverront alors des leads pour celle-ci, et vous ne paierez que les leads que vous validez.</translation>
    </message>
    <message>
        <source>Selected campaign</source>
        <translation>Campagne sélectionnée</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Aucune modification.</translation>
    </message>
    <message>
        <source>Campaign “%1” created.</source>
        <translation>Campagne « %1 » créée.</translation>
    </message>
    <message>
        <source>Campaign “%1” saved.</source>
        <translation>Campagne « %1 » enregistrée.</translation>
    </message>
    <message>
        <source>“%1” resumed: influencers can send leads to it again.</source>
        <translation>« %1 » a repris : les influenceurs peuvent de nouveau lui envoyer des leads.</translation>
    </message>
    <message>
        <source>“%1” paused: influencers can no longer send leads to it.</source>
        <translation>« %1 » est en pause : les influenceurs ne peuvent plus lui envoyer de leads.</translation>
    </message>
    <message>
        <source>“%1” cannot be resumed: your deposit is blocked by LeadMarket. Contact LeadMarket to lift the block.</source>
        <translation>Impossible de reprendre « %1 » : votre dépôt est bloqué par LeadMarket. Contactez LeadMarket pour lever le blocage.</translation>
    </message>
    <message>
        <source>“%1” cannot be resumed: your deposit is empty. Recharge it and your campaigns paused for an empty deposit resume by themselves.</source>
        <translation>Impossible de reprendre « %1 » : votre dépôt est épuisé. Rechargez-le et vos campagnes mises en pause pour dépôt épuisé reprendront d’elles-mêmes.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Let influencers send leads to this campaign again</source>
        <translation>Permettre de nouveau aux influenceurs d’envoyer des leads à cette campagne</translation>
    </message>
    <message>
        <source>Stop new leads for this campaign; the leads already sent stay</source>
        <translation>Arrêter les nouveaux leads pour cette campagne ; les leads déjà envoyés sont conservés</translation>
    </message>
    <message>
        <source>No campaign selected.</source>
        <translation>Aucune campagne sélectionnée.</translation>
    </message>
    <message>
        <source>Commission: %1. The influencer gets %2 % of it.</source>
        <translation>Commission : %1. L’influenceur en reçoit %2 %.</translation>
    </message>
    <message>
        <source>Paused because your deposit is empty: it resumes by itself when you recharge.</source>
        <translation>En pause car votre dépôt est épuisé : elle reprendra d’elle-même dès que vous rechargerez.</translation>
    </message>
    <message>
        <source>Paused by you: influencers see it but cannot send leads to it.</source>
        <translation>Mise en pause par vous : les influenceurs la voient mais ne peuvent pas lui envoyer de leads.</translation>
    </message>
    <message>
        <source>Active, but your deposit is blocked by LeadMarket: influencers cannot send leads.</source>
        <translation>Active, mais votre dépôt est bloqué par LeadMarket : les influenceurs ne peuvent pas envoyer de leads.</translation>
    </message>
    <message>
        <source>Active, but your deposit is empty: influencers cannot send leads until you recharge.</source>
        <translation>Active, mais votre dépôt est épuisé : les influenceurs ne peuvent pas envoyer de leads tant que vous n’avez pas rechargé.</translation>
    </message>
    <message>
        <source>Active, but influencers cannot send leads until your deposit is recharged.</source>
        <translation>Active, mais les influenceurs ne peuvent pas envoyer de leads tant que votre dépôt n’est pas rechargé.</translation>
    </message>
    <message>
        <source>Active: influencers can send leads to it.</source>
        <translation>Active : les influenceurs peuvent lui envoyer des leads.</translation>
    </message>
    <message>
        <source>No lead yet.</source>
        <translation>Aucun lead pour le moment.</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) received, %1 waiting for your decision.</source>
        <translation>
            <numerusform>%n lead reçu, %1 en attente de votre décision.</numerusform>
            <numerusform>%n leads reçus, %1 en attente de votre décision.</numerusform>
        </translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
</context>
<context>
    <name>lm::client::ChangePasswordDialog</name>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Utilisez au moins %n caractère.</numerusform>
            <numerusform>Utilisez au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Use at most %n characters.</source>
        <translation>
            <numerusform>Utilisez au plus %n caractère.</numerusform>
            <numerusform>Utilisez au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords are different. Type the same password again.</source>
        <translation>Les deux mots de passe sont différents. Saisissez le même mot de passe.</translation>
    </message>
    <message>
        <source>Use between %1 and %2 characters.</source>
        <translation>Utilisez entre %1 et %2 caractères.</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>Mot de passe &amp;actuel :</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Con&amp;firm password:</source>
        <translation>Con&amp;firmer le mot de passe :</translation>
    </message>
    <message>
        <source>Confirm the new password</source>
        <translation>Confirmer le nouveau mot de passe</translation>
    </message>
    <message>
        <source>You stay signed in here; your other computers will have to sign in again.</source>
        <translation>Vous restez connecté ici ; vos autres ordinateurs devront se reconnecter.</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>&amp;Changer le mot de passe</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Saisissez votre mot de passe actuel.</translation>
    </message>
    <message>
        <source>This is not your current password.</source>
        <translation>Ce n’est pas votre mot de passe actuel.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>lm::client::CheckoutSession</name>
    <message>
        <source>The payment window could not be opened (%1).</source>
        <translation>La fenêtre de paiement n’a pas pu s’ouvrir (%1).</translation>
    </message>
</context>
<context>
    <name>lm::client::DepositBanner</name>
    <message>
        <source>Recharge…</source>
        <translation>Recharger…</translation>
    </message>
    <message>
        <source>Leads blocked by LeadMarket — your campaigns are paused. Contact LeadMarket to resume.</source>
        <translation>Leads bloqués par LeadMarket — vos campagnes sont en pause. Contactez LeadMarket pour reprendre.</translation>
    </message>
    <message>
        <source>Leads blocked — your campaigns are paused. Recharge to resume.</source>
        <translation>Leads bloqués — vos campagnes sont en pause. Rechargez pour reprendre.</translation>
    </message>
    <message>
        <source>Your deposit is almost empty (%1): new leads will be blocked at 0 %. Recharge now.</source>
        <translation>Votre dépôt est presque vide (%1) : les nouveaux leads seront bloqués à 0 %. Rechargez maintenant.</translation>
    </message>
</context>
<context>
    <name>lm::client::DepositCard</name>
    <message>
        <source>Deposit</source>
        <translation>Dépôt</translation>
    </message>
    <message>
        <source>Current balance:</source>
        <translation>Solde actuel :</translation>
    </message>
    <message>
        <source>Reserved for pending leads:</source>
        <translation>Réservé pour les leads en attente :</translation>
    </message>
    <message>
        <source>Available:</source>
        <translation>Disponible :</translation>
    </message>
    <message>
        <source>Re&amp;charge…</source>
        <translation>Re&amp;charger…</translation>
    </message>
    <message>
        <source>Add money to your deposit (Ctrl+R)</source>
        <translation>Ajouter de l’argent à votre dépôt (Ctrl+R)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Latest transactions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dernières transactions&lt;/b&gt;</translation>
    </message>
    <message>
        <source>See the full history</source>
        <translation>Voir tout l’historique</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>pas encore connu</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No transactions yet.</source>
        <translation>Aucune transaction pour le moment.</translation>
    </message>
</context>
<context>
    <name>lm::client::DepositGauge</name>
    <message>
        <source>Healthy balance</source>
        <translation>Solde sain</translation>
    </message>
    <message>
        <source>Attention</source>
        <comment>deposit level</comment>
        <translation>Attention</translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>deposit level</comment>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Critical</source>
        <comment>deposit level</comment>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Depleted</source>
        <comment>deposit level</comment>
        <translation>Épuisé</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>deposit gauge percentage</comment>
        <extracomment>A percentage with one decimal, e.g. &quot;68.3%&quot;; French puts a narrow no-break space before %.</extracomment>
        <translation>%1&#x202f;%</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Pas encore connu</translation>
    </message>
    <message>
        <source>Deposit level</source>
        <translation>Niveau du dépôt</translation>
    </message>
</context>
<context>
    <name>lm::client::FirstRunGuide</name>
    <message>
        <source>Getting started</source>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <source>Two steps, and influencers can start sending you leads.</source>
        <translation>Deux étapes, et les influenceurs pourront commencer à vous envoyer des leads.</translation>
    </message>
    <message>
        <source>Create your first campaign: what you sell and what you pay for a lead.</source>
        <translation>Créez votre première campagne : ce que vous vendez et ce que vous payez pour un lead.</translation>
    </message>
    <message>
        <source>Create a &amp;first campaign…</source>
        <translation>Créer une &amp;première campagne…</translation>
    </message>
    <message>
        <source>Recharge your deposit: each lead&apos;s commission is reserved on it, and paid only when you validate the lead.</source>
        <translation>Rechargez votre dépôt : la commission de chaque lead y est réservée, et n’est payée que lorsque vous validez le lead.</translation>
    </message>
    <message>
        <source>Re&amp;charge…</source>
        <translation>Re&amp;charger…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Étape %1</translation>
    </message>
</context>
<context>
    <name>lm::client::ForgotPasswordDialog</name>
    <message>
        <source>Forgot password</source>
        <translation>Mot de passe oublié</translation>
    </message>
    <message>
        <source>Enter the email address of your account. We will send you a link to choose a new password.</source>
        <translation>Saisissez l’adresse e-mail de votre compte. Nous vous enverrons un lien pour choisir un nouveau mot de passe.</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>name@company.ma</source>
        <translation>nom@entreprise.ma</translation>
    </message>
    <message>
        <source>I already have a &amp;code</source>
        <translation>J’ai déjà un &amp;code</translation>
    </message>
    <message>
        <source>C&amp;ode from the email:</source>
        <translation>C&amp;ode reçu par e-mail :</translation>
    </message>
    <message>
        <source>Code from the email</source>
        <translation>Code reçu par e-mail</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Con&amp;firm password:</source>
        <translation>Con&amp;firmer le mot de passe :</translation>
    </message>
    <message>
        <source>Confirm the new password</source>
        <translation>Confirmer le nouveau mot de passe</translation>
    </message>
    <message>
        <source>Your password has been changed. Sign in with your new password.</source>
        <translation>Votre mot de passe a été changé. Connectez-vous avec le nouveau.</translation>
    </message>
    <message>
        <source>&amp;Send the link</source>
        <translation>&amp;Envoyer le lien</translation>
    </message>
    <message>
        <source>&amp;Set the password</source>
        <translation>&amp;Définir le mot de passe</translation>
    </message>
    <message>
        <source>Paste the code from the email we sent you, or its whole link, and choose a new password. Opening the link in a browser works too.</source>
        <translation>Collez le code de l’e-mail que nous vous avons envoyé, ou son lien entier, et choisissez un nouveau mot de passe. Vous pouvez aussi ouvrir le lien dans un navigateur.</translation>
    </message>
    <message>
        <source>Enter a valid email address.</source>
        <translation>Saisissez une adresse e-mail valide.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>If an account exists for %1, we sent it a link. Open it to choose a new password in your browser, or paste the code from the email here.</source>
        <translation>Si un compte existe pour %1, nous lui avons envoyé un lien. Ouvrez-le pour choisir un nouveau mot de passe dans votre navigateur, ou collez ici le code de l’e-mail.</translation>
    </message>
    <message>
        <source>Paste the code from the email.</source>
        <translation>Collez le code de l’e-mail.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>This code is used, expired or unknown. Ask for a new link.</source>
        <translation>Ce code est déjà utilisé, expiré ou inconnu. Demandez un nouveau lien.</translation>
    </message>
</context>
<context>
    <name>lm::client::InfluencerWorkspace</name>
    <message>
        <source>The lead for %1 is submitted. It will be sent to the server as soon as possible.</source>
        <translation>Lead soumis pour %1. Il sera envoyé au serveur dès que possible.</translation>
    </message>
    <message>
        <source>My leads</source>
        <translation>Mes leads</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Queued actions</source>
        <translation>Actions en attente</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Versements</translation>
    </message>
    <message>
        <source>No campaign open yet. The merchants&apos; campaigns you can send leads to will appear here.</source>
        <translation>Aucune campagne ouverte pour le moment. Les campagnes des marchands auxquelles vous pouvez envoyer des leads apparaîtront ici.</translation>
    </message>
    <message>
        <source>&amp;Dispute the rejection…</source>
        <translation>&amp;Contester le refus…</translation>
    </message>
    <message>
        <source>Ask an administrator to review the selected lead&apos;s rejection (within 7 days of it)</source>
        <translation>Demander à un administrateur de réexaminer le refus du lead sélectionné (sous 7 jours)</translation>
    </message>
    <message>
        <source>Dispute a rejection</source>
        <translation>Contester un refus</translation>
    </message>
    <message>
        <source>Ask an administrator to review the rejection of %1 (%2). Say why the lead is good; if the administrator agrees, the lead is validated and you earn your share.</source>
        <translation>Demandez à un administrateur de réexaminer le refus de %1 (%2). Dites pourquoi le lead est bon ; si l’administrateur est d’accord, le lead est validé et vous touchez votre part.</translation>
    </message>
    <message>
        <source>&amp;Send the dispute</source>
        <translation>&amp;Envoyer la contestation</translation>
    </message>
    <message>
        <source>&amp;Why the lead is good:</source>
        <translation>&amp;Pourquoi le lead est bon :</translation>
    </message>
    <message>
        <source>Your dispute of %1&apos;s rejection is sent: an administrator will review it.</source>
        <translation>Votre contestation du refus de %1 est envoyée : un administrateur va l’examiner.</translation>
    </message>
</context>
<context>
    <name>lm::client::LeadActionsDelegate</name>
    <message>
        <source>✓ Validate</source>
        <translation>✓ Valider</translation>
    </message>
    <message>
        <source>✗ Reject</source>
        <translation>✗ Refuser</translation>
    </message>
</context>
<context>
    <name>lm::client::LeadAwareness</name>
    <message numerus="yes">
        <source>%n more new lead(s)</source>
        <translation>
            <numerusform>%n autre nouveau lead</numerusform>
            <numerusform>%n autres nouveaux leads</numerusform>
        </translation>
    </message>
    <message>
        <source>Open LeadMarket to see the leads waiting for your decision.</source>
        <translation>Ouvrez LeadMarket pour voir les leads qui attendent votre décision.</translation>
    </message>
    <message>
        <source>Estimated value: %1 · commission: %2</source>
        <translation>Valeur estimée : %1 · commission : %2</translation>
    </message>
    <message>
        <source>New lead: %1</source>
        <translation>Nouveau lead : %1</translation>
    </message>
    <message>
        <source>Deposit alert</source>
        <translation>Alerte de dépôt</translation>
    </message>
</context>
<context>
    <name>lm::client::LeadDetailPane</name>
    <message>
        <source>Call this number</source>
        <translation>Appeler ce numéro</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Open a WhatsApp chat with this number</source>
        <translation>Ouvrir une discussion WhatsApp avec ce numéro</translation>
    </message>
    <message>
        <source>%1/10</source>
        <extracomment>A lead&apos;s quality score, e.g. &quot;7/10&quot;</extracomment>
        <translation>%1/10</translation>
    </message>
    <message numerus="yes">
        <source>%n leads selected</source>
        <translation>
            <numerusform>%n lead sélectionné</numerusform>
            <numerusform>%n leads sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a lead to see its details</source>
        <translation>Sélectionnez un lead pour voir ses détails</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Entreprise :</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-mail :</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Téléphone :</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>Campagne :</translation>
    </message>
    <message>
        <source>Influencer:</source>
        <translation>Influenceur :</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source :</translation>
    </message>
    <message>
        <source>Estimated value:</source>
        <translation>Valeur estimée :</translation>
    </message>
    <message>
        <source>Commission:</source>
        <translation>Commission :</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Reçu le :</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Expire le :</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes :</translation>
    </message>
    <message>
        <source>Quality score:</source>
        <translation>Note de qualité :</translation>
    </message>
    <message>
        <source>Feedback:</source>
        <translation>Commentaire :</translation>
    </message>
    <message>
        <source>Rejection reason:</source>
        <translation>Motif du refus :</translation>
    </message>
    <message>
        <source>Total estimated value:</source>
        <translation>Valeur estimée totale :</translation>
    </message>
    <message>
        <source>Total commission:</source>
        <translation>Commission totale :</translation>
    </message>
</context>
<context>
    <name>lm::client::LeadsModel</name>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validé</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <source>TikTok</source>
        <translation>TikTok</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>YouTube</source>
        <translation>YouTube</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>Influenceur</translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation>Valeur estimée</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Validate (Enter) or reject (Delete) the selected leads</source>
        <translation>Valider (Entrée) ou refuser (Suppr) les leads sélectionnés</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>%1/10</source>
        <translation>%1/10</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not decided within 72 hours</source>
        <translation>Non traité dans les 72 heures</translation>
    </message>
    <message>
        <source>My share</source>
        <translation>Ma part</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Rejection overturned by an administrator</source>
        <translation>Refus annulé par un administrateur</translation>
    </message>
    <message>
        <source>%1 · disputed, awaiting an administrator</source>
        <translation>%1 · contesté, en attente d’un administrateur</translation>
    </message>
    <message>
        <source>%1 · dispute refused</source>
        <translation>%1 · contestation refusée</translation>
    </message>
</context>
<context>
    <name>lm::client::LeadsPage</name>
    <message>
        <source>Search by client, company, campaign or influencer</source>
        <translation>Rechercher par client, entreprise, campagne ou influenceur</translation>
    </message>
    <message>
        <source>Show leads with status</source>
        <translation>Afficher les leads ayant le statut</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Search leads</source>
        <translation>Rechercher des leads</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>No leads yet. The leads you send from Home will appear here.</source>
        <translation>Aucun lead pour le moment. Les leads que vous envoyez depuis l’Accueil apparaîtront ici.</translation>
    </message>
    <message>
        <source>No leads yet. The leads influencers send to your campaigns will appear here.</source>
        <translation>Aucun lead pour le moment. Les leads que les influenceurs envoient à vos campagnes apparaîtront ici.</translation>
    </message>
    <message>
        <source>No lead matches this search or status.</source>
        <translation>Aucun lead ne correspond à cette recherche ou à ce statut.</translation>
    </message>
</context>
<context>
    <name>lm::client::LoginDialog</name>
    <message>
        <source>Sign in to LeadMarket</source>
        <translation>Connexion à LeadMarket</translation>
    </message>
    <message>
        <source>name@company.ma</source>
        <translation>nom@entreprise.ma</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>Se souvenir de &amp;moi sur cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Enter a valid email address.</source>
        <translation>Saisissez une adresse e-mail valide.</translation>
    </message>
    <message>
        <source>New to LeadMarket?</source>
        <translation>Nouveau sur LeadMarket ?</translation>
    </message>
    <message>
        <source>Create an &amp;account…</source>
        <translation>C&amp;réer un compte…</translation>
    </message>
    <message>
        <source>%1 does not answer. Check the server address and your Internet connection, then try again.</source>
        <translation>%1 ne répond pas. Vérifiez l’adresse du serveur et votre connexion Internet, puis réessayez.</translation>
    </message>
    <message>
        <source>%1 is taking too long to answer. Try again in a moment, or check the server address.</source>
        <translation>%1 met trop de temps à répondre. Réessayez dans un instant ou vérifiez l’adresse du serveur.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connexion en cours</translation>
    </message>
    <message>
        <source>&amp;Forgot password?</source>
        <translation>Mot de passe &amp;oublié ?</translation>
    </message>
</context>
<context>
    <name>lm::client::MainWindow</name>
    <message>
        <source>An action was refused by the server: %1</source>
        <translation>Une action a été refusée par le serveur : %1</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>&amp;Synchronise now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Send queued actions and fetch the latest data (F5)</source>
        <translation>Envoyer les actions en attente et récupérer les dernières données (F5)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About LeadMarket</source>
        <translation>À &amp;propos de LeadMarket</translation>
    </message>
    <message>
        <source>&amp;Find a lead</source>
        <translation>&amp;Rechercher un lead</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>merchant</source>
        <translation>marchand</translation>
    </message>
    <message>
        <source>influencer</source>
        <translation>influenceur</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Synchronising: %1</source>
        <translation>Synchronisation : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) waiting</source>
        <translation>
            <numerusform>%n action en attente</numerusform>
            <numerusform>%n actions en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waiting</source>
        <translation>Rien en attente</translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refusée</numerusform>
            <numerusform>%n refusées</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Desktop notifications</source>
        <translation>Notifications du &amp;bureau</translation>
    </message>
    <message>
        <source>Announce new leads and deposit alerts on the desktop</source>
        <translation>Signaler les nouveaux leads et les alertes de dépôt sur le bureau</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>The cached leads could not be read: %1</source>
        <translation>Les leads en cache n’ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <source>Changes appear as soon as they happen.</source>
        <translation>Les changements s’affichent dès qu’ils se produisent.</translation>
    </message>
    <message numerus="yes">
        <source>Polling every %n s</source>
        <translation>
            <numerusform>Synchronisation toutes les %n s</numerusform>
            <numerusform>Synchronisation toutes les %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes appear at the next synchronisation.</source>
        <translation>Les changements s’affichent à la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>lm::client::MerchantTransactionsDialog</name>
    <message>
        <source>Transactions of %1</source>
        <translation>Transactions de %1</translation>
    </message>
    <message>
        <source>%1 — %2. Balance %3, reserved %4, available %5 (reference %6).</source>
        <translation>%1 — %2. Solde %3, réservé %4, disponible %5 (référence %6).</translation>
    </message>
    <message>
        <source>The merchant&apos;s ledger, newest first</source>
        <translation>Les écritures du marchand, les plus récentes d’abord</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Loading the transactions…</source>
        <translation>Chargement des transactions…</translation>
    </message>
    <message>
        <source>No transaction yet: this deposit was never recharged.</source>
        <translation>Aucune transaction pour le moment : ce dépôt n’a jamais été rechargé.</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s), newest first.</source>
        <translation>
            <numerusform>%n transaction.</numerusform>
            <numerusform>%n transactions, les plus récentes d’abord.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lm::client::MerchantWorkspace</name>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>All leads</source>
        <translation>Tous les leads</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transactions</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Queued actions</source>
        <translation>Actions en attente</translation>
    </message>
    <message>
        <source>&amp;Recharge the deposit…</source>
        <translation>&amp;Recharger le dépôt…</translation>
    </message>
    <message>
        <source>Add money to your deposit (Ctrl+R)</source>
        <translation>Ajouter de l’argent à votre dépôt (Ctrl+R)</translation>
    </message>
    <message>
        <source>Export &amp;transactions to CSV…</source>
        <translation>Exporter les &amp;transactions en CSV…</translation>
    </message>
    <message>
        <source>Save your deposit&apos;s transaction history as a spreadsheet file</source>
        <translation>Enregistrer l’historique des transactions de votre dépôt dans un fichier de tableur</translation>
    </message>
    <message>
        <source>Overview (%1)</source>
        <translation>Vue d&apos;ensemble (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) validated. They will be sent to the server as soon as possible.</source>
        <translation>
            <numerusform>%n lead validé. Il sera envoyé au serveur dès que possible.</numerusform>
            <numerusform>%n leads validés. Ils seront envoyés au serveur dès que possible.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) rejected. They will be sent to the server as soon as possible.</source>
        <translation>
            <numerusform>%n lead refusé. Il sera envoyé au serveur dès que possible.</numerusform>
            <numerusform>%n leads refusés. Ils seront envoyés au serveur dès que possible.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) could no longer be changed.</source>
        <translation>
            <numerusform>%n lead ne pouvait plus être modifié.</numerusform>
            <numerusform>%n leads ne pouvaient plus être modifiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export transactions</source>
        <translation>Exporter les transactions</translation>
    </message>
    <message>
        <source>transactions-%1.csv</source>
        <translation>transactions-%1.csv</translation>
    </message>
    <message numerus="yes">
        <source>%n new lead(s) since you last looked</source>
        <translation>
            <numerusform>%n nouveau lead depuis votre dernière visite</numerusform>
            <numerusform>%n nouveaux leads depuis votre dernière visite</numerusform>
        </translation>
    </message>
    <message>
        <source>No transactions yet. Recharges and the commissions of the leads you validate will appear here.</source>
        <translation>Aucune transaction pour le moment. Les recharges et les commissions des leads que vous validez apparaîtront ici.</translation>
    </message>
</context>
<context>
    <name>lm::client::NewLeadForm</name>
    <message>
        <source>%1 %</source>
        <extracomment>A percentage, e.g. &quot;30 %&quot; (as the Campaigns table writes them).</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Too long: at most %1 characters.</source>
        <translation>Trop long : %1 caractères au maximum.</translation>
    </message>
    <message>
        <source>Remove the invisible control character.</source>
        <translation>Supprimez le caractère de contrôle invisible.</translation>
    </message>
    <message>
        <source>name@example.ma</source>
        <translation>nom@exemple.ma</translation>
    </message>
    <message>
        <source>06 12 34 56 78</source>
        <translation>06 12 34 56 78</translation>
    </message>
    <message>
        <source>Su&amp;bmit the lead</source>
        <translation>&amp;Soumettre le lead</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Campagne :</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;Nom complet :</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>E-&amp;mail :</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Té&amp;léphone :</translation>
    </message>
    <message>
        <source>Compan&amp;y (optional):</source>
        <translation>&amp;Entreprise (facultatif) :</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Estimated &amp;value (%1):</source>
        <translation>&amp;Valeur estimée (%1) :</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>S&amp;ource :</translation>
    </message>
    <message>
        <source>No&amp;tes (optional):</source>
        <translation>No&amp;tes (facultatif) :</translation>
    </message>
    <message>
        <source>No campaign yet: synchronise to get the active campaigns.</source>
        <translation>Aucune campagne pour le moment : synchronisez pour obtenir les campagnes actives.</translation>
    </message>
    <message>
        <source>Enter the client&apos;s full name.</source>
        <translation>Saisissez le nom complet du client.</translation>
    </message>
    <message>
        <source>Enter the client&apos;s email address.</source>
        <translation>Saisissez l’adresse e-mail du client.</translation>
    </message>
    <message>
        <source>This is not an email address (for example name@example.ma).</source>
        <translation>Ce n’est pas une adresse e-mail (par exemple nom@exemple.ma).</translation>
    </message>
    <message>
        <source>Enter the client&apos;s phone number.</source>
        <translation>Saisissez le numéro de téléphone du client.</translation>
    </message>
    <message>
        <source>Not a phone number: write a Moroccan number (06 12 34 56 78) or + and the country code.</source>
        <translation>Numéro de téléphone invalide : saisissez un numéro marocain (06 12 34 56 78) ou + suivi de l’indicatif du pays.</translation>
    </message>
    <message>
        <source>Enter the estimated value of the service.</source>
        <translation>Saisissez la valeur estimée du service.</translation>
    </message>
    <message>
        <source>“%1” is not an amount; type for example %2.</source>
        <translation>« %1 » n’est pas un montant ; saisissez par exemple %2.</translation>
    </message>
    <message>
        <source>The estimated value must be more than zero.</source>
        <translation>La valeur estimée doit être supérieure à zéro.</translation>
    </message>
    <message>
        <source>The estimated value can be at most %1.</source>
        <translation>La valeur estimée ne peut pas dépasser %1.</translation>
    </message>
    <message>
        <source>Total commission: %1</source>
        <translation>Commission totale : %1</translation>
    </message>
    <message>
        <source>Your commission: %1 (%2)</source>
        <translation>Votre commission : %1 (%2)</translation>
    </message>
    <message>
        <source>Type: %1 below %2, a fixed %3 from %2 up</source>
        <translation>Type : %1 en dessous de %2, puis fixe à %3</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Type : %1</translation>
    </message>
    <message>
        <source>Type: Fixed (≥ %1)</source>
        <translation>Type : Fixe (≥ %1)</translation>
    </message>
    <message>
        <source>Type: Percentage (%1)</source>
        <translation>Type : Pourcentage (%1)</translation>
    </message>
    <message>
        <source>Cannot submit now.</source>
        <translation>Impossible de soumettre pour le moment.</translation>
    </message>
    <message>
        <source>not accepting leads: the merchant&apos;s deposit is empty or blocked</source>
        <translation>n’accepte pas de leads : le dépôt du marchand est épuisé ou bloqué</translation>
    </message>
    <message>
        <source>paused: the merchant&apos;s deposit is empty</source>
        <translation>en pause : le dépôt du marchand est épuisé</translation>
    </message>
    <message>
        <source>paused by the merchant</source>
        <translation>mise en pause par le marchand</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s) take no new leads for now (paused, or the merchant&apos;s deposit is empty); they are greyed out.</source>
        <translation>
            <numerusform>%n campagne n’accepte pas de nouveaux leads pour le moment (en pause, ou dépôt du marchand épuisé) ; elle est grisée.</numerusform>
            <numerusform>%n campagnes n’acceptent pas de nouveaux leads pour le moment (en pause, ou dépôt du marchand épuisé) ; elles sont grisées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server refused this: %1.</source>
        <translation>Refusé par le serveur : %1.</translation>
    </message>
    <message>
        <source>Pick a campaign that accepts leads.</source>
        <translation>Choisissez une campagne qui accepte des leads.</translation>
    </message>
    <message>
        <source>Already sent to this campaign on %1 (%2): the server refuses the same client twice within 30 days.</source>
        <translation>Déjà proposé à cette campagne le %1 (%2) : le serveur refuse le même client deux fois en 30 jours.</translation>
    </message>
</context>
<context>
    <name>lm::client::NewUserDialog</name>
    <message>
        <source>New user</source>
        <translation>Nouvel utilisateur</translation>
    </message>
    <message>
        <source>Create an account of any role. Give the first password to its owner in person; they can change it after signing in.</source>
        <translation>Créez un compte, quel que soit son rôle. Remettez le mot de passe initial en main propre à son titulaire ; il pourra le changer après s’être connecté.</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Marchand</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>Influenceur</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Optional, e.g. 06 12 34 56 78</source>
        <translation>Facultatif, p. ex. 06 12 34 56 78</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>Au moins %n caractère</numerusform>
            <numerusform>Au moins %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>First password</source>
        <translation>Mot de passe initial</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <source>Fill in a random password and show it, to give it to the account&apos;s owner</source>
        <translation>Remplir avec un mot de passe aléatoire et l’afficher, pour le remettre au titulaire du compte</translation>
    </message>
    <message>
        <source>Generate a password</source>
        <translation>Générer un mot de passe</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Té&amp;léphone :</translation>
    </message>
    <message>
        <source>First &amp;password:</source>
        <translation>&amp;Mot de passe initial :</translation>
    </message>
    <message>
        <source>&amp;Create user</source>
        <translation>&amp;Créer l’utilisateur</translation>
    </message>
    <message>
        <source>This is not an email address.</source>
        <translation>Ce n’est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>This is not a phone number (a Moroccan number, or + and the country code).</source>
        <translation>Ce n’est pas un numéro de téléphone (un numéro marocain, ou + suivi de l’indicatif du pays).</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>Au moins %n caractère.</numerusform>
            <numerusform>Au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>Création du compte…</translation>
    </message>
    <message>
        <source>Refused by the server: %1</source>
        <translation>Refusé par le serveur : %1</translation>
    </message>
</context>
<context>
    <name>lm::client::NotificationsModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
</context>
<context>
    <name>lm::client::NotificationsPage</name>
    <message>
        <source>Mark as &amp;read</source>
        <translation>Marquer comme &amp;lu</translation>
    </message>
    <message>
        <source>Mark &amp;all as read</source>
        <translation>&amp;Tout marquer comme lu</translation>
    </message>
    <message>
        <source>Mark the selected notifications as read</source>
        <translation>Marquer les notifications sélectionnées comme lues</translation>
    </message>
    <message>
        <source>Mark every notification as read</source>
        <translation>Marquer toutes les notifications comme lues</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>%n notification non lue</numerusform>
            <numerusform>%n notifications non lues</numerusform>
        </translation>
    </message>
    <message>
        <source>No unread notification</source>
        <translation>Aucune notification non lue</translation>
    </message>
    <message numerus="yes">
        <source>%n notification(s) marked as read.</source>
        <translation>
            <numerusform>%n notification marquée comme lue.</numerusform>
            <numerusform>%n notifications marquées comme lues.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>No notifications yet. News about your leads, deposit and payments will appear here.</source>
        <translation>Aucune notification pour le moment. Les nouvelles de vos leads, de votre dépôt et de vos paiements apparaîtront ici.</translation>
    </message>
</context>
<context>
    <name>lm::client::OutboxModel</name>
    <message>
        <source>New lead</source>
        <translation>Nouveau lead</translation>
    </message>
    <message>
        <source>Validate lead</source>
        <translation>Valider le lead</translation>
    </message>
    <message>
        <source>Reject lead</source>
        <translation>Refuser le lead</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>En attente d&apos;envoi</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Mise en attente</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>A lead not in this computer&apos;s copy</source>
        <translation>Lead absent de la copie locale de cet ordinateur</translation>
    </message>
    <message>
        <source>New lead — %1</source>
        <translation>Nouveau lead — %1</translation>
    </message>
    <message>
        <source>Validate — %1, score %2</source>
        <translation>Valider — %1, note %2</translation>
    </message>
    <message>
        <source>Reject — %1: %2</source>
        <translation>Refuser — %1 : %2</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>On its way to the server: it can no longer be cancelled.</source>
        <translation>En cours d’envoi au serveur : l’action ne peut plus être annulée.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
</context>
<context>
    <name>lm::client::PayoutRequestDialog</name>
    <message>
        <source>Request a payout</source>
        <translation>Demander un versement</translation>
    </message>
    <message>
        <source>Available: %1. The minimum payout is %2. The transfer goes to %3, account ending %4.</source>
        <translation>Disponible : %1. Le versement minimum est de %2. Le virement est envoyé à %3, compte se terminant par %4.</translation>
    </message>
    <message>
        <source>&amp;Amount (%1):</source>
        <translation>&amp;Montant (%1) :</translation>
    </message>
    <message>
        <source>&amp;Request payout</source>
        <translation>&amp;Demander le versement</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>Saisissez un montant.</translation>
    </message>
    <message>
        <source>“%1” is not an amount; type for example %2.</source>
        <translation>« %1 » n’est pas un montant ; saisissez par exemple %2.</translation>
    </message>
    <message>
        <source>The minimum payout is %1.</source>
        <translation>Le versement minimum est de %1.</translation>
    </message>
    <message>
        <source>You can ask for at most %1 (what is available).</source>
        <translation>Vous pouvez demander au plus %1 (le montant disponible).</translation>
    </message>
    <message>
        <source>Sending the request…</source>
        <translation>Envoi de la demande…</translation>
    </message>
    <message>
        <source>The server refused this amount: %1</source>
        <translation>Le serveur a refusé ce montant : %1</translation>
    </message>
</context>
<context>
    <name>lm::client::PayoutsModel</name>
    <message>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Transfer %1</source>
        <translation>Virement %1</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Demandé le</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>Influenceur</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Reference or reason</source>
        <translation>Référence ou motif</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Traité le</translation>
    </message>
</context>
<context>
    <name>lm::client::PayoutsPage</name>
    <message>
        <source>&amp;Request a payout…</source>
        <translation>Demander un &amp;versement…</translation>
    </message>
    <message>
        <source>Available for payout</source>
        <translation>Disponible pour versement</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Compte bancaire</translation>
    </message>
    <message>
        <source>No payout requested yet. When your validated leads have earned at least the minimum, request a payout here: it is sent by bank transfer.</source>
        <translation>Aucun versement demandé pour le moment. Quand vos leads validés vous auront rapporté au moins le minimum, demandez un versement ici : il est envoyé par virement bancaire.</translation>
    </message>
    <message>
        <source>Payout history</source>
        <translation>Historique des versements</translation>
    </message>
    <message>
        <source>The minimum payout is %1: %2 more to earn.</source>
        <translation>Le versement minimum est de %1 : encore %2 à gagner.</translation>
    </message>
    <message>
        <source>Minimum payout: %1.</source>
        <translation>Versement minimum : %1.</translation>
    </message>
    <message>
        <source>%1 requested, waiting for the transfer.</source>
        <translation>%1 demandés, en attente du virement.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Your earnings appear after the first sync.</source>
        <translation>Vos gains apparaissent après la première synchronisation.</translation>
    </message>
    <message>
        <source>%1 · account ending %2</source>
        <translation>%1 · compte se terminant par %2</translation>
    </message>
    <message>
        <source>Change &amp;bank details…</source>
        <translation>Modifier les coordonnées &amp;bancaires…</translation>
    </message>
    <message>
        <source>No bank details yet: add them to be paid.</source>
        <translation>Pas encore de coordonnées bancaires : ajoutez-les pour être payé.</translation>
    </message>
    <message>
        <source>Not known yet (appears after the next sync).</source>
        <translation>Pas encore connu (apparaîtra après la prochaine synchronisation).</translation>
    </message>
    <message>
        <source>Add &amp;bank details…</source>
        <translation>Ajouter des coordonnées &amp;bancaires…</translation>
    </message>
    <message>
        <source>Add your bank details first.</source>
        <translation>Ajoutez d’abord vos coordonnées bancaires.</translation>
    </message>
    <message>
        <source>Available earnings are below the minimum payout.</source>
        <translation>Les gains disponibles sont inférieurs au versement minimum.</translation>
    </message>
    <message>
        <source>Bank details saved (account ending %1).</source>
        <translation>Coordonnées bancaires enregistrées (compte se terminant par %1).</translation>
    </message>
    <message>
        <source>Payout of %1 requested. You will be notified when the transfer is made.</source>
        <translation>Versement de %1 demandé. Vous serez averti quand le virement sera effectué.</translation>
    </message>
</context>
<context>
    <name>lm::client::PendingLeadsPanel</name>
    <message>
        <source>&amp;Validate…</source>
        <translation>&amp;Valider…</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Refuser…</translation>
    </message>
    <message>
        <source>Filter by client name, email, phone or company (Ctrl+F)</source>
        <translation>Filtrer par nom du client, e-mail, téléphone ou entreprise (Ctrl+F)</translation>
    </message>
    <message>
        <source>No application here can open %1.</source>
        <translation>Aucune application de cet ordinateur ne peut ouvrir %1.</translation>
    </message>
    <message>
        <source>Reject the selected leads (Delete)</source>
        <translation>Refuser les leads sélectionnés (Suppr)</translation>
    </message>
    <message>
        <source>Validate the selected leads (Enter)</source>
        <translation>Valider les leads sélectionnés (Entrée)</translation>
    </message>
    <message>
        <source>Select one or more pending leads first.</source>
        <translation>Sélectionnez d’abord un ou plusieurs leads en attente.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Leads waiting for your decision&lt;/b&gt;</source>
        <translation>&lt;b&gt;Leads en attente de votre décision&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Validated leads&lt;/b&gt;</source>
        <translation>&lt;b&gt;Leads validés&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rejected leads&lt;/b&gt;</source>
        <translation>&lt;b&gt;Leads refusés&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Expired leads&lt;/b&gt;</source>
        <translation>&lt;b&gt;Leads expirés&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n lead(s) • %1 to validate</source>
        <translation>
            <numerusform>Total : %n lead • %1 à valider</numerusform>
            <numerusform>Total : %n leads • %1 à valider</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total: %n lead(s) • %1 paid in commissions</source>
        <translation>
            <numerusform>Total : %n lead • %1 payés en commissions</numerusform>
            <numerusform>Total : %n leads • %1 payés en commissions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total: %n lead(s) • %1 released</source>
        <translation>
            <numerusform>Total : %n lead • %1 libérés</numerusform>
            <numerusform>Total : %n leads • %1 libérés</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter leads</source>
        <translation>Filtrer les leads</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>No lead waiting for your decision. New leads from your campaigns will appear here.</source>
        <translation>Aucun lead n’attend votre décision. Les nouveaux leads de vos campagnes apparaîtront ici.</translation>
    </message>
    <message>
        <source>No validated lead yet. The leads you validate will appear here.</source>
        <translation>Aucun lead validé pour le moment. Les leads que vous validez apparaîtront ici.</translation>
    </message>
    <message>
        <source>No rejected lead. The leads you reject will appear here.</source>
        <translation>Aucun lead refusé. Les leads que vous refusez apparaîtront ici.</translation>
    </message>
    <message>
        <source>No expired lead. A lead not decided on in time expires and appears here.</source>
        <translation>Aucun lead expiré. Un lead sans décision à temps expire et apparaît ici.</translation>
    </message>
    <message>
        <source>No lead matches this filter.</source>
        <translation>Aucun lead ne correspond à ce filtre.</translation>
    </message>
</context>
<context>
    <name>lm::client::PerformancePanel</name>
    <message numerus="yes">
        <source>%1: %n lead(s), %2</source>
        <comment>donut slice: status, count, share</comment>
        <translation>
            <numerusform>%1 : %n lead, %2</numerusform>
            <numerusform>%1 : %n leads, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — not updated yet</source>
        <translation>Hors ligne — pas encore mis à jour</translation>
    </message>
    <message>
        <source>Not updated yet</source>
        <translation>Pas encore mis à jour</translation>
    </message>
    <message>
        <source>Offline figures from %1</source>
        <translation>Chiffres hors ligne, datant de %1</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>Mis à jour à %1</translation>
    </message>
    <message>
        <source>Updated on %1</source>
        <translation>Mis à jour le %1</translation>
    </message>
    <message numerus="yes">
        <source>Week of %1
%n lead(s) submitted, %2 validated, %3 rejected
%4 earned</source>
        <translation>
            <numerusform>Semaine du %1
%n lead soumis, validés : %2, refusés : %3
Gains : %4</numerusform>
            <numerusform>Semaine du %1
%n leads soumis, validés : %2, refusés : %3
Gains : %4</numerusform>
        </translation>
    </message>
    <message>
        <source>My performance</source>
        <translation>Mes performances</translation>
    </message>
    <message>
        <source>No leads yet — submit your first lead with the form.</source>
        <translation>Aucun lead pour le moment — soumettez votre premier lead avec le formulaire.</translation>
    </message>
    <message>
        <source>Leads generated</source>
        <translation>Leads générés</translation>
    </message>
    <message>
        <source>Validation rate</source>
        <translation>Taux de validation</translation>
    </message>
    <message>
        <source>Average quality score</source>
        <translation>Note de qualité moyenne</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Gains</translation>
    </message>
    <message>
        <source>Pending earnings</source>
        <translation>Gains en attente</translation>
    </message>
    <message>
        <source>Available for payout</source>
        <translation>Disponible pour versement</translation>
    </message>
    <message>
        <source>Every lead you submitted</source>
        <translation>Tous les leads que vous avez soumis</translation>
    </message>
    <message>
        <source>Validated leads out of all your leads</source>
        <translation>Leads validés parmi tous vos leads</translation>
    </message>
    <message>
        <source>The merchants&apos; average score of your validated leads</source>
        <translation>La note moyenne donnée par les marchands à vos leads validés</translation>
    </message>
    <message>
        <source>Your commissions on validated leads</source>
        <translation>Vos commissions sur les leads validés</translation>
    </message>
    <message>
        <source>Your share of the leads still waiting for the merchant&apos;s decision</source>
        <translation>Votre part des leads qui attendent encore la décision du marchand</translation>
    </message>
    <message>
        <source>What you can ask to be paid now</source>
        <translation>Ce que vous pouvez demander à recevoir maintenant</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumis</translation>
    </message>
    <message>
        <source>Earnings (%1)</source>
        <translation>Gains (%1)</translation>
    </message>
    <message>
        <source>Leads and earnings per week, last 12 weeks</source>
        <translation>Leads et gains par semaine, 12 dernières semaines</translation>
    </message>
    <message>
        <source>Leads by status</source>
        <translation>Leads par statut</translation>
    </message>
    <message>
        <source>Your figures appear after the first sync. You are offline: they will come as soon as the server can be reached.</source>
        <translation>Vos chiffres apparaissent après la première synchronisation. Vous êtes hors ligne : ils arriveront dès que le serveur sera joignable.</translation>
    </message>
    <message>
        <source>Your figures appear after the first sync.</source>
        <translation>Vos chiffres apparaissent après la première synchronisation.</translation>
    </message>
    <message>
        <source>%1 / 10</source>
        <comment>average quality score</comment>
        <translation>%1 / 10</translation>
    </message>
    <message>
        <source>Minimum for a payout: %1</source>
        <translation>Minimum pour un versement : %1</translation>
    </message>
    <message>
        <source>Paid: %1, payout requested: %2</source>
        <translation>Payé : %1, versement demandé : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) submitted in the last 12 weeks, %1 earned</source>
        <translation>
            <numerusform>%n lead soumis ces 12 dernières semaines, %1 gagnés</numerusform>
            <numerusform>%n leads soumis ces 12 dernières semaines, %1 gagnés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>status and its count in the donut&apos;s legend</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>lead(s)</source>
        <comment>under the total in the donut</comment>
        <translation>
            <numerusform>lead</numerusform>
            <numerusform>leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s): %1</source>
        <translation>
            <numerusform>%n lead : %1</numerusform>
            <numerusform>%n leads : %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lm::client::ProfileDialog</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-mail :</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifiée</translation>
    </message>
    <message>
        <source>Not verified yet</source>
        <translation>Pas encore vérifiée</translation>
    </message>
    <message>
        <source>Email verification</source>
        <translation>Vérification de l’e-mail</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;Phone (optional):</source>
        <translation>&amp;Téléphone (facultatif) :</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Language of emails and notifications</source>
        <translation>Langue des e-mails et des notifications</translation>
    </message>
    <message>
        <source>&amp;Language of emails and notifications:</source>
        <translation>&amp;Langue des e-mails et notifications :</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>Saisissez votre nom.</translation>
    </message>
    <message numerus="yes">
        <source>Enter a name of at most %n characters.</source>
        <translation>
            <numerusform>Saisissez un nom de %n caractère au plus.</numerusform>
            <numerusform>Saisissez un nom de %n caractères au plus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a Moroccan number such as 06 12 34 56 78, or another country&apos;s starting with +.</source>
        <translation>Saisissez un numéro marocain comme 06 12 34 56 78, ou celui d’un autre pays commençant par +.</translation>
    </message>
    <message>
        <source>Choose one of the languages in the list.</source>
        <translation>Choisissez une des langues de la liste.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>lm::client::QueuePage</name>
    <message>
        <source>&amp;Cancel the action…</source>
        <translation>A&amp;nnuler l’action…</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) waiting to be sent to the server.</source>
        <translation>
            <numerusform>%n action en attente d’envoi au serveur.</numerusform>
            <numerusform>%n actions en attente d’envoi au serveur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waits to be sent.</source>
        <translation>Rien n’attend d’être envoyé.</translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the server.</source>
        <translation>
            <numerusform>%n refusée par le serveur.</numerusform>
            <numerusform>%n refusées par le serveur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an action waiting to be sent to cancel it.</source>
        <translation>Sélectionnez une action en attente d’envoi pour l’annuler.</translation>
    </message>
    <message>
        <source>The server refused this action: there is nothing to cancel.</source>
        <translation>Le serveur a refusé cette action : il n’y a rien à annuler.</translation>
    </message>
    <message>
        <source>This action is on its way to the server: it can no longer be cancelled.</source>
        <translation>Cette action est en cours d’envoi au serveur : elle ne peut plus être annulée.</translation>
    </message>
    <message>
        <source>Cancel this action: it will not be sent, and the lead goes back to what it was.</source>
        <translation>Annuler cette action : elle ne sera pas envoyée, et le lead reviendra à son état précédent.</translation>
    </message>
    <message>
        <source>The action is cancelled: it will not be sent.</source>
        <translation>L’action est annulée : elle ne sera pas envoyée.</translation>
    </message>
    <message>
        <source>Cancel the action</source>
        <translation>Annuler l’action</translation>
    </message>
    <message>
        <source>Cancel “%1”? It will not be sent, and the lead goes back to what it was.</source>
        <translation>Annuler « %1 » ? L’action ne sera pas envoyée, et le lead reviendra à son état précédent.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>La conserver</translation>
    </message>
    <message>
        <source>Queued actions</source>
        <translation>Actions en attente</translation>
    </message>
    <message>
        <source>Nothing waiting. What you do while the server cannot be reached waits here until it is sent.</source>
        <translation>Rien en attente. Ce que vous faites pendant que le serveur est injoignable attend ici jusqu’à son envoi.</translation>
    </message>
</context>
<context>
    <name>lm::client::RechargeDialog</name>
    <message>
        <source>Bank card (Stripe)</source>
        <translation>Carte bancaire (Stripe)</translation>
    </message>
    <message>
        <source>Moroccan bank card (CMI)</source>
        <translation>Carte bancaire marocaine (CMI)</translation>
    </message>
    <message>
        <source>Test payment (sandbox)</source>
        <translation>Paiement de test (sandbox)</translation>
    </message>
    <message>
        <source>Recharge the deposit</source>
        <translation>Recharger le dépôt</translation>
    </message>
    <message>
        <source>Pick an amount or type your own (at least %1).</source>
        <translation>Choisissez un montant ou saisissez le vôtre (au moins %1).</translation>
    </message>
    <message>
        <source>&amp;Amount (%1):</source>
        <translation>&amp;Montant (%1) :</translation>
    </message>
    <message>
        <source>&amp;Pay with:</source>
        <translation>&amp;Payer avec :</translation>
    </message>
    <message>
        <source>&amp;Continue to payment…</source>
        <translation>&amp;Continuer vers le paiement…</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>Saisissez un montant.</translation>
    </message>
    <message>
        <source>“%1” is not an amount; type for example %2.</source>
        <translation>« %1 » n’est pas un montant ; saisissez par exemple %2.</translation>
    </message>
    <message>
        <source>The minimum recharge is %1.</source>
        <translation>La recharge minimale est de %1.</translation>
    </message>
    <message>
        <source>The maximum recharge is %1.</source>
        <translation>La recharge maximale est de %1.</translation>
    </message>
    <message>
        <source>Recharge %1</source>
        <translation>Recharger %1</translation>
    </message>
</context>
<context>
    <name>lm::client::RechargeFlow</name>
    <message>
        <source>Payment window open: complete the payment there (or in your browser).</source>
        <translation>Fenêtre de paiement ouverte : terminez-y le paiement (ou dans votre navigateur).</translation>
    </message>
    <message>
        <source>A payment is already open.</source>
        <translation>Un paiement est déjà en cours.</translation>
    </message>
    <message>
        <source>Opening the payment of %1…</source>
        <translation>Ouverture du paiement de %1…</translation>
    </message>
    <message>
        <source>Deposit recharged by %1</source>
        <translation>Dépôt rechargé de %1</translation>
    </message>
    <message>
        <source>You cancelled the payment. Your deposit has not changed.</source>
        <translation>Vous avez annulé le paiement. Votre dépôt n’a pas changé.</translation>
    </message>
    <message>
        <source>The payment was refused or cancelled. Your deposit has not changed.</source>
        <translation>Le paiement a été refusé ou annulé. Votre dépôt n’a pas changé.</translation>
    </message>
    <message>
        <source>The payment expired before it was completed. Your deposit has not changed.</source>
        <translation>Le paiement a expiré avant d’être terminé. Votre dépôt n’a pas changé.</translation>
    </message>
    <message>
        <source>The payment window was closed before the payment was completed. If you paid in your browser, your balance will update at the next synchronisation.</source>
        <translation>La fenêtre de paiement a été fermée avant la fin du paiement. Si vous avez payé dans votre navigateur, votre solde sera mis à jour à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>The payment could not be started: %1</source>
        <translation>Le paiement n’a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>Recharge</source>
        <translation>Recharge</translation>
    </message>
    <message>
        <source>Open the &amp;receipt</source>
        <translation>Ouvrir le &amp;reçu</translation>
    </message>
    <message>
        <source>Downloading the receipt…</source>
        <translation>Téléchargement du reçu…</translation>
    </message>
    <message>
        <source>The receipt is not ready yet. Try again in a moment.</source>
        <translation>Le reçu n’est pas encore prêt. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The receipt could not be downloaded: %1</source>
        <translation>Le reçu n’a pas pu être téléchargé : %1</translation>
    </message>
    <message>
        <source>LeadMarket receipt %1.pdf</source>
        <translation>Reçu LeadMarket %1.pdf</translation>
    </message>
    <message>
        <source>The receipt could not be saved in %1.</source>
        <translation>Le reçu n’a pas pu être enregistré dans %1.</translation>
    </message>
    <message>
        <source>Receipt saved: %1</source>
        <translation>Reçu enregistré : %1</translation>
    </message>
    <message>
        <source>Preparing the recharge…</source>
        <translation>Préparation de la recharge…</translation>
    </message>
    <message>
        <source>Recharging needs the server, which cannot be reached now: %1</source>
        <translation>La recharge a besoin du serveur, qui est injoignable pour le moment : %1</translation>
    </message>
    <message>
        <source>This server takes no payments at the moment. Please contact LeadMarket.</source>
        <translation>Ce serveur n’accepte aucun paiement pour le moment. Veuillez contacter LeadMarket.</translation>
    </message>
</context>
<context>
    <name>lm::client::RefusedLeadsPanel</name>
    <message numerus="yes">
        <source>%n lead(s) refused by the server: fix and send again, or discard.</source>
        <translation>
            <numerusform>%n lead refusé par le serveur : corrigez-le et renvoyez-le, ou supprimez-le.</numerusform>
            <numerusform>%n leads refusés par le serveur : corrigez-les et renvoyez-les, ou supprimez-les.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — being fixed in the form below. Why it was refused: %2</source>
        <translation>%1 — en cours de correction dans le formulaire ci-dessous. Motif du refus : %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Fix and send again</source>
        <translation>Corriger et renvoyer</translation>
    </message>
    <message>
        <source>Fix and send again the lead for %1</source>
        <translation>Corriger et renvoyer le lead de %1</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Discard the refused lead for %1</source>
        <translation>Supprimer le lead refusé de %1</translation>
    </message>
</context>
<context>
    <name>lm::client::RejectLeadDialog</name>
    <message>
        <source>Reject lead</source>
        <translation>Refuser le lead</translation>
    </message>
    <message>
        <source>Reject the lead of %1? Its reserved commission goes back to your available deposit.</source>
        <translation>Refuser le lead de %1 ? Sa commission réservée revient à votre dépôt disponible.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <source>Reject leads</source>
        <translation>Refuser les leads</translation>
    </message>
    <message numerus="yes">
        <source>Reject %n lead(s)? Their reserved commissions go back to your available deposit.</source>
        <translation>
            <numerusform>Refuser %n lead ? Sa commission réservée revient à votre dépôt disponible.</numerusform>
            <numerusform>Refuser %n leads ? Leurs commissions réservées reviennent à votre dépôt disponible.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <comment>client names</comment>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicate lead</source>
        <translation>Lead en double</translation>
    </message>
    <message>
        <source>Client unreachable</source>
        <translation>Client injoignable</translation>
    </message>
    <message>
        <source>Client not interested</source>
        <translation>Client non intéressé</translation>
    </message>
    <message>
        <source>Outside our service area</source>
        <translation>Hors de notre zone d’intervention</translation>
    </message>
    <message>
        <source>Fake or wrong contact details</source>
        <translation>Coordonnées fausses ou erronées</translation>
    </message>
    <message>
        <source>Budget too small</source>
        <translation>Budget insuffisant</translation>
    </message>
    <message>
        <source>Required: pick a reason or type your own</source>
        <translation>Obligatoire : choisissez un motif ou saisissez le vôtre</translation>
    </message>
    <message>
        <source>Released to your available deposit:</source>
        <translation>Restitué à votre dépôt disponible :</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Reject %n leads</source>
        <translation>
            <numerusform>&amp;Refuser %n lead</numerusform>
            <numerusform>&amp;Refuser %n leads</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>lm::client::ReportsPage</name>
    <message>
        <source>Deposits at the %1 level at the end of the day (today&apos;s levels for a day without a stored report)</source>
        <translation>Dépôts au niveau %1 en fin de journée (niveaux actuels pour un jour sans rapport enregistré)</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>Impossible d’écrire le fichier %1 : %2</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Leads created</source>
        <translation>Leads créés</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validé</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Commissions</source>
        <translation>Commissions</translation>
    </message>
    <message>
        <source>Recharges</source>
        <translation>Recharges</translation>
    </message>
    <message>
        <source>Figures of each day</source>
        <translation>Chiffres de chaque jour</translation>
    </message>
    <message>
        <source>No day in this range.</source>
        <translation>Aucun jour dans cette période.</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>Dé&amp;but :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>F&amp;in :</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>E&amp;xporter en PDF…</translation>
    </message>
    <message>
        <source>Save the range&apos;s figures and chart as a PDF document</source>
        <translation>Enregistrer les chiffres et le graphique de la période dans un document PDF</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Save the range&apos;s figures as a spreadsheet file</source>
        <translation>Enregistrer les chiffres de la période dans un fichier de tableur</translation>
    </message>
    <message>
        <source>The last day is before the first.</source>
        <translation>Le dernier jour précède le premier.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n days at a time.</source>
        <translation>
            <numerusform>Au plus %n jour à la fois.</numerusform>
            <numerusform>Au plus %n jours à la fois.</numerusform>
        </translation>
    </message>
    <message>
        <source>Commissions (%1)</source>
        <translation>Commissions (%1)</translation>
    </message>
    <message>
        <source>Leads and commissions per day</source>
        <translation>Leads et commissions par jour</translation>
    </message>
    <message>
        <source>Pick a range of days: the figures of each day appear below, with their chart.</source>
        <translation>Choisissez une période : les chiffres de chaque jour s’affichent ci-dessous, avec leur graphique.</translation>
    </message>
    <message numerus="yes">
        <source>From %1 to %2 (%n day(s)): %3 leads created, %4 validated, %5 rejected, %6 expired; commissions %7; recharges %8.</source>
        <translation>
            <numerusform>Du %1 au %2 (%n jour) : %3 leads créés, %4 validés, %5 refusés, %6 expirés ; commissions %7 ; recharges %8.</numerusform>
            <numerusform>Du %1 au %2 (%n jours) : %3 leads créés, %4 validés, %5 refusés, %6 expirés ; commissions %7 ; recharges %8.</numerusform>
        </translation>
    </message>
    <message>
        <source>Commissions (MAD)</source>
        <translation>Commissions (MAD)</translation>
    </message>
    <message>
        <source>Recharges (MAD)</source>
        <translation>Recharges (MAD)</translation>
    </message>
    <message>
        <source>%1 deposits</source>
        <translation>Dépôts au niveau %1</translation>
    </message>
    <message>
        <source>Export the daily reports</source>
        <translation>Exporter les rapports quotidiens</translation>
    </message>
    <message>
        <source>reports-%1-%2.csv</source>
        <translation>rapports-%1-%2.csv</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) saved to %1</source>
        <translation>
            <numerusform>%n jour enregistré dans %1</numerusform>
            <numerusform>%n jours enregistrés dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>reports-%1-%2.pdf</source>
        <translation>rapports-%1-%2.pdf</translation>
    </message>
    <message>
        <source>LeadMarket — Daily reports</source>
        <translation>LeadMarket — Rapports quotidiens</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <source>Generated on %1</source>
        <translation>Généré le %1</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Écriture du PDF…</translation>
    </message>
    <message>
        <source>The reports were saved to %1</source>
        <translation>Les rapports ont été enregistrés dans %1</translation>
    </message>
</context>
<context>
    <name>lm::client::SignUpDialog</name>
    <message>
        <source>Create a LeadMarket account</source>
        <translation>Créer un compte LeadMarket</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>Type de compte</translation>
    </message>
    <message>
        <source>&amp;Merchant</source>
        <translation>&amp;Marchand</translation>
    </message>
    <message>
        <source>&amp;Influencer</source>
        <translation>&amp;Influenceur</translation>
    </message>
    <message>
        <source>I sell a service and pay a commission for each client I accept.</source>
        <translation>Je vends un service et je paie une commission pour chaque client que j’accepte.</translation>
    </message>
    <message>
        <source>I bring clients to merchants&apos; campaigns and earn a share.</source>
        <translation>J’apporte des clients aux campagnes des marchands et je touche une part de la commission.</translation>
    </message>
    <message>
        <source>name@company.ma</source>
        <translation>nom@entreprise.ma</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>P&amp;hone (optional):</source>
        <translation>&amp;Téléphone (facultatif) :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>Au moins %n caractère.</numerusform>
            <numerusform>Au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>C&amp;onfirmer le mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>Create &amp;account</source>
        <translation>Créer un &amp;compte</translation>
    </message>
    <message>
        <source>Business &amp;name:</source>
        <translation>&amp;Nom de l’entreprise :</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom :</translation>
    </message>
    <message>
        <source>For SMS and WhatsApp alerts when your deposit runs low.</source>
        <translation>Pour recevoir des alertes par SMS et WhatsApp lorsque votre dépôt s’épuise.</translation>
    </message>
    <message>
        <source>Enter the name of your business.</source>
        <translation>Saisissez le nom de votre entreprise.</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>Saisissez votre nom.</translation>
    </message>
    <message>
        <source>Enter your email address.</source>
        <translation>Saisissez votre adresse e-mail.</translation>
    </message>
    <message>
        <source>Choose a password.</source>
        <translation>Choisissez un mot de passe.</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Utilisez au moins %n caractère.</numerusform>
            <numerusform>Utilisez au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords are different. Type the same password again.</source>
        <translation>Les deux mots de passe sont différents. Saisissez de nouveau le même mot de passe.</translation>
    </message>
    <message>
        <source>Enter the address of your LeadMarket server.</source>
        <translation>Saisissez l’adresse de votre serveur LeadMarket.</translation>
    </message>
    <message>
        <source>Your account has been created, but signing in failed: %1 Sign in with your email and password.</source>
        <translation>Votre compte a été créé, mais la connexion a échoué : %1 Connectez-vous avec votre e-mail et votre mot de passe.</translation>
    </message>
    <message numerus="yes">
        <source>Enter a name of at most %n characters.</source>
        <translation>
            <numerusform>Saisissez un nom de %n caractère au maximum.</numerusform>
            <numerusform>Saisissez un nom de %n caractères au maximum.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a valid email address, such as name@company.ma.</source>
        <translation>Saisissez une adresse e-mail valide, comme nom@entreprise.ma.</translation>
    </message>
    <message>
        <source>Enter a Moroccan number such as 06 12 34 56 78, or another country&apos;s starting with +.</source>
        <translation>Saisissez un numéro marocain comme 06 12 34 56 78, ou un numéro étranger commençant par +.</translation>
    </message>
    <message>
        <source>Use between %1 and %2 characters.</source>
        <translation>Utilisez entre %1 et %2 caractères.</translation>
    </message>
    <message>
        <source>Creating your account on %1…</source>
        <translation>Création de votre compte sur %1…</translation>
    </message>
    <message>
        <source>Creating the account</source>
        <translation>Création du compte</translation>
    </message>
</context>
<context>
    <name>lm::client::SyncEngine</name>
    <message>
        <source>Sending queued actions</source>
        <translation>Envoi des actions en attente</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Dépôt</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transactions</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Performances</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Versements</translation>
    </message>
    <message>
        <source>Bank details</source>
        <translation>Coordonnées bancaires</translation>
    </message>
</context>
<context>
    <name>lm::client::TransactionsModel</name>
    <message>
        <source>Recharge</source>
        <translation>Recharge</translation>
    </message>
    <message>
        <source>Reservation</source>
        <translation>Réservation</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Libération</translation>
    </message>
    <message>
        <source>Commission paid</source>
        <translation>Commission payée</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Ajustement</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>Solde après</translation>
    </message>
    <message>
        <source>Reserved after</source>
        <translation>Réservé après</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Lead of %1</source>
        <translation>Lead de %1</translation>
    </message>
    <message>
        <source>%1 reserved</source>
        <translation>%1 réservés</translation>
    </message>
    <message>
        <source>%1 released</source>
        <translation>%1 libérés</translation>
    </message>
</context>
<context>
    <name>lm::client::ValidateLeadDialog</name>
    <message>
        <source>Validate lead</source>
        <translation>Valider le lead</translation>
    </message>
    <message>
        <source>Validate the lead of %1? The commission of %2 will be paid from your deposit.</source>
        <translation>Valider le lead de %1 ? La commission de %2 sera payée depuis votre dépôt.</translation>
    </message>
    <message>
        <source>Optional: how was this client?</source>
        <translation>Facultatif : comment était ce client ?</translation>
    </message>
    <message>
        <source>&amp;Quality score (1–10):</source>
        <translation>&amp;Note de qualité (1–10) :</translation>
    </message>
    <message>
        <source>&amp;Feedback:</source>
        <translation>&amp;Commentaire :</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;Valider</translation>
    </message>
    <message>
        <source>Validate leads</source>
        <translation>Valider les leads</translation>
    </message>
    <message numerus="yes">
        <source>Validate %n lead(s)? Their commissions, %1 in all, will be paid from your deposit.</source>
        <translation>
            <numerusform>Valider %n lead ? Sa commission, %1 au total, sera payée depuis votre dépôt.</numerusform>
            <numerusform>Valider %n leads ? Leurs commissions, %1 au total, seront payées depuis votre dépôt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <comment>client names</comment>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose…</source>
        <comment>quality score not chosen yet</comment>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Commission to be deducted:</source>
        <translation>Commission à prélever :</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Validate %n leads</source>
        <translation>
            <numerusform>&amp;Valider %n lead</numerusform>
            <numerusform>&amp;Valider %n leads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lm::client::VerifyEmailDialog</name>
    <message>
        <source>Verify email</source>
        <translation>Vérifier l’e-mail</translation>
    </message>
    <message>
        <source>We sent a link to %1. Open it, or paste the code from the email (or its whole link) here.</source>
        <translation>Nous avons envoyé un lien à %1. Ouvrez-le, ou collez ici le code de l’e-mail (ou son lien entier).</translation>
    </message>
    <message>
        <source>C&amp;ode from the email:</source>
        <translation>C&amp;ode reçu par e-mail :</translation>
    </message>
    <message>
        <source>Code from the email</source>
        <translation>Code reçu par e-mail</translation>
    </message>
    <message>
        <source>Send the email &amp;again</source>
        <translation>Renvoyer l’e-&amp;mail</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Paste the code from the email.</source>
        <translation>Collez le code de l’e-mail.</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>This code is used, expired or unknown. Send the email again for a new one.</source>
        <translation>Ce code est déjà utilisé, expiré ou inconnu. Renvoyez l’e-mail pour en recevoir un nouveau.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>A new email is on its way to %1.</source>
        <translation>Un nouvel e-mail part vers %1.</translation>
    </message>
</context>
<context>
    <name>lm::client::Workspace</name>
    <message>
        <source>Export &amp;leads to CSV…</source>
        <translation>Exporter les &amp;leads en CSV…</translation>
    </message>
    <message>
        <source>Save the leads shown in the leads table as a spreadsheet file</source>
        <translation>Enregistrer les leads affichés dans le tableau des leads dans un fichier de tableur</translation>
    </message>
    <message>
        <source>Export leads</source>
        <translation>Exporter les leads</translation>
    </message>
    <message>
        <source>leads-%1.csv</source>
        <translation>leads-%1.csv</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) saved to %1</source>
        <translation>
            <numerusform>%n ligne enregistrée dans %1</numerusform>
            <numerusform>%n lignes enregistrées dans %1</numerusform>
        </translation>
    </message>
</context>
</TS>
