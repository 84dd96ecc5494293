<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>lm::checkout::CheckoutWindow</name>
    <message>
        <source>LeadMarket — Secure payment</source>
        <translation>LeadMarket — Paiement sécurisé</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Open in my browser</source>
        <translation>Ouvrir dans mon navigateur</translation>
    </message>
    <message>
        <source>Continue this payment in your usual web browser</source>
        <translation>Continuer ce paiement dans votre navigateur habituel</translation>
    </message>
    <message>
        <source>Secure connection</source>
        <translation>Connexion sécurisée</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
</context>
</TS>
