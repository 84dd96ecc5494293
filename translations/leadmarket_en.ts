<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>AdminPages</name>
    <message numerus="yes">
        <source>%n deposit(s) checked</source>
        <translation>
            <numerusform>%n deposit checked</numerusform>
            <numerusform>%n deposits checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) sent</source>
        <translation>
            <numerusform>%n alert sent</numerusform>
            <numerusform>%n alerts sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked</source>
        <translation>
            <numerusform>%n blocked</numerusform>
            <numerusform>%n blocked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) expired</source>
        <translation>
            <numerusform>%n lead expired</numerusform>
            <numerusform>%n leads expired</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) erased</source>
        <translation>
            <numerusform>%n lead erased</numerusform>
            <numerusform>%n leads erased</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Report of %1: %n lead(s) created</source>
        <translation>
            <numerusform>Report of %1: %n lead created</numerusform>
            <numerusform>Report of %1: %n leads created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>OK — %n deposit(s) checked</source>
        <translation>
            <numerusform>OK — %n deposit checked</numerusform>
            <numerusform>OK — %n deposits checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mismatch(es) found</source>
        <translation>
            <numerusform>%n mismatch found</numerusform>
            <numerusform>%n mismatches found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n influencer(s)</source>
        <translation>
            <numerusform>%n influencer</numerusform>
            <numerusform>%n influencers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lm::client::AlertsBoard</name>
    <message numerus="yes">
        <source>Show every deposit (%n)</source>
        <translation>
            <numerusform>Show every deposit (%n)</numerusform>
            <numerusform>Show every deposit (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 deposits: %n</source>
        <translation>
            <numerusform>%1 deposits: %n</numerusform>
            <numerusform>%1 deposits: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lm::client::BankDetailsDialog</name>
    <message numerus="yes">
        <source>A RIB has 24 digits; this one has %n.</source>
        <translation>
            <numerusform>A RIB has 24 digits; this one has %n.</numerusform>
            <numerusform>A RIB has 24 digits; this one has %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lm::client::CampaignDialog</name>
    <message numerus="yes">
        <source>Refused by the server: required, at most %n characters.</source>
        <translation>
            <numerusform>Refused by the server: required, at most %n character.</numerusform>
            <numerusform>Refused by the server: required, at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refused by the server: at most %n characters.</source>
        <translation>
            <numerusform>Refused by the server: at most %n character.</numerusform>
            <numerusform>Refused by the server: at most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lm::client::CampaignsPage</name>
    <message numerus="yes">
        <source>%n lead(s) received, %1 waiting for your decision.</source>
        <translation>
            <numerusform>%n lead received, %1 waiting for your decision.</numerusform>
            <numerusform>%n leads received, %1 waiting for your decision.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lm::client::ChangePasswordDialog</name>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Use at least %n character.</numerusform>
            <numerusform>Use at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Use at most %n characters.</source>
        <translation>
            <numerusform>Use at most %n character.</numerusform>
            <numerusform>Use at most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lm::client::LeadAwareness</name>
    <message numerus="yes">
        <source>%n more new lead(s)</source>
        <translation>
            <numerusform>%n more new lead</numerusform>
            <numerusform>%n more new leads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lm::client::LeadDetailPane</name>
    <message numerus="yes">
        <source>%n leads selected</source>
        <translation>
            <numerusform>%n lead selected</numerusform>
            <numerusform>%n leads selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lm::client::MainWindow</name>
    <message numerus="yes">
        <source>Polling every %n s</source>
        <translation>
            <numerusform>Polling every %n s</numerusform>
            <numerusform>Polling every %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) waiting</source>
        <translation>
            <numerusform>%n action waiting</numerusform>
            <numerusform>%n actions waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lm::client::MerchantTransactionsDialog</name>
    <message numerus="yes">
        <source>%n transaction(s), newest first.</source>
        <translation>
            <numerusform>%n transaction, newest first.</numerusform>
            <numerusform>%n transactions, newest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lm::client::MerchantWorkspace</name>
    <message numerus="yes">
        <source>%n lead(s) validated. They will be sent to the server as soon as possible.</source>
        <translation>
            <numerusform>%n lead validated. They will be sent to the server as soon as possible.</numerusform>
            <numerusform>%n leads validated. They will be sent to the server as soon as possible.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) rejected. They will be sent to the server as soon as possible.</source>
        <translation>
            <numerusform>%n lead rejected. They will be sent to the server as soon as possible.</numerusform>
            <numerusform>%n leads rejected. They will be sent to the server as soon as possible.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) could no longer be changed.</source>
        <translation>
            <numerusform>%n lead could no longer be changed.</numerusform>
            <numerusform>%n leads could no longer be changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new lead(s) since you last looked</source>
        <translation>
            <numerusform>%n new lead since you last looked</numerusform>
            <numerusform>%n new leads since you last looked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lm::client::NewLeadForm</name>
    <message numerus="yes">
        <source>%n campaign(s) take no new leads for now (paused, or the merchant&apos;s deposit is empty); they are greyed out.</source>
        <translation>
            <numerusform>%n campaign take no new leads for now (paused, or the merchant&apos;s deposit is empty); they are greyed out.</numerusform>
            <numerusform>%n campaigns take no new leads for now (paused, or the merchant&apos;s deposit is empty); they are greyed out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lm::client::NewUserDialog</name>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>At least %n character</numerusform>
            <numerusform>At least %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>At least %n character.</numerusform>
            <numerusform>At least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lm::client::NotificationsPage</name>
    <message numerus="yes">
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>%n unread notification</numerusform>
            <numerusform>%n unread notifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notification(s) marked as read.</source>
        <translation>
            <numerusform>%n notification marked as read.</numerusform>
            <numerusform>%n notifications marked as read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lm::client::PendingLeadsPanel</name>
    <message numerus="yes">
        <source>Total: %n lead(s) • %1 to validate</source>
        <translation>
            <numerusform>Total: %n lead • %1 to validate</numerusform>
            <numerusform>Total: %n leads • %1 to validate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total: %n lead(s) • %1 paid in commissions</source>
        <translation>
            <numerusform>Total: %n lead • %1 paid in commissions</numerusform>
            <numerusform>Total: %n leads • %1 paid in commissions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total: %n lead(s) • %1 released</source>
        <translation>
            <numerusform>Total: %n lead • %1 released</numerusform>
            <numerusform>Total: %n leads • %1 released</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lm::client::PerformancePanel</name>
    <message numerus="yes">
        <source>%1: %n lead(s), %2</source>
        <comment>donut slice: status, count, share</comment>
        <translation>
            <numerusform>%1: %n lead, %2</numerusform>
            <numerusform>%1: %n leads, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) submitted in the last 12 weeks, %1 earned</source>
        <translation>
            <numerusform>%n lead submitted in the last 12 weeks, %1 earned</numerusform>
            <numerusform>%n leads submitted in the last 12 weeks, %1 earned</numerusform>
        </translation>
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
            <numerusform>%n lead: %1</numerusform>
            <numerusform>%n leads: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Week of %1
%n lead(s) submitted, %2 validated, %3 rejected
%4 earned</source>
        <translation>
            <numerusform>Week of %1
%n lead submitted, %2 validated, %3 rejected
%4 earned</numerusform>
            <numerusform>Week of %1
%n leads submitted, %2 validated, %3 rejected
%4 earned</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lm::client::ProfileDialog</name>
    <message numerus="yes">
        <source>Enter a name of at most %n characters.</source>
        <translation>
            <numerusform>Enter a name of at most %n character.</numerusform>
            <numerusform>Enter a name of at most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lm::client::QueuePage</name>
    <message numerus="yes">
        <source>%n action(s) waiting to be sent to the server.</source>
        <translation>
            <numerusform>%n action waiting to be sent to the server.</numerusform>
            <numerusform>%n actions waiting to be sent to the server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the server.</source>
        <translation>
            <numerusform>%n refused by the server.</numerusform>
            <numerusform>%n refused by the server.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lm::client::RefusedLeadsPanel</name>
    <message numerus="yes">
        <source>%n lead(s) refused by the server: fix and send again, or discard.</source>
        <translation>
            <numerusform>%n lead refused by the server: fix and send again, or discard.</numerusform>
            <numerusform>%n leads refused by the server: fix and send again, or discard.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lm::client::RejectLeadDialog</name>
    <message numerus="yes">
        <source>Reject %n lead(s)? Their reserved commissions go back to your available deposit.</source>
        <translation>
            <numerusform>Reject %n lead? Their reserved commissions go back to your available deposit.</numerusform>
            <numerusform>Reject %n leads? Their reserved commissions go back to your available deposit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <comment>client names</comment>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Reject %n leads</source>
        <translation>
            <numerusform>&amp;Reject %n lead</numerusform>
            <numerusform>&amp;Reject %n leads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lm::client::ReportsPage</name>
    <message numerus="yes">
        <source>%n day(s) saved to %1</source>
        <translation>
            <numerusform>%n day saved to %1</numerusform>
            <numerusform>%n days saved to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n days at a time.</source>
        <translation>
            <numerusform>At most %n day at a time.</numerusform>
            <numerusform>At most %n days at a time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From %1 to %2 (%n day(s)): %3 leads created, %4 validated, %5 rejected, %6 expired; commissions %7; recharges %8.</source>
        <translation>
            <numerusform>From %1 to %2 (%n day): %3 leads created, %4 validated, %5 rejected, %6 expired; commissions %7; recharges %8.</numerusform>
            <numerusform>From %1 to %2 (%n days): %3 leads created, %4 validated, %5 rejected, %6 expired; commissions %7; recharges %8.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lm::client::SignUpDialog</name>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>At least %n character.</numerusform>
            <numerusform>At least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Use at least %n character.</numerusform>
            <numerusform>Use at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enter a name of at most %n characters.</source>
        <translation>
            <numerusform>Enter a name of at most %n character.</numerusform>
            <numerusform>Enter a name of at most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lm::client::ValidateLeadDialog</name>
    <message numerus="yes">
        <source>Validate %n lead(s)? Their commissions, %1 in all, will be paid from your deposit.</source>
        <translation>
            <numerusform>Validate %n lead? Their commissions, %1 in all, will be paid from your deposit.</numerusform>
            <numerusform>Validate %n leads? Their commissions, %1 in all, will be paid from your deposit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <comment>client names</comment>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Validate %n leads</source>
        <translation>
            <numerusform>&amp;Validate %n lead</numerusform>
            <numerusform>&amp;Validate %n leads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lm::client::Workspace</name>
    <message numerus="yes">
        <source>%n row(s) saved to %1</source>
        <translation>
            <numerusform>%n row saved to %1</numerusform>
            <numerusform>%n rows saved to %1</numerusform>
        </translation>
    </message>
</context>
</TS>
