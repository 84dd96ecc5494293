#pragma once

#include "leadstatus.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The closed sets of API.md and the database, with their wire names. Code compares the enums;
// only JSON, SQL text and SQL bind values carry the names.
namespace lm {

enum class Role { Merchant, Influencer, Admin };

QString toString(Role role); ///< "merchant" | "influencer" | "admin"
std::optional<Role> roleFromString(const QString &text);
QList<Role> allRoles();

/// Whether an account may sign in (an admin disables and enables accounts).
enum class AccountStatus { Active, Disabled };

QString toString(AccountStatus status); ///< "active" | "disabled"
std::optional<AccountStatus> accountStatusFromString(const QString &text);
QList<AccountStatus> allAccountStatuses();

/// A ledger row's kind (the merchant's deposit).
enum class TransactionKind { Recharge, Reserve, Release, Deduction, Adjustment };

QString toString(TransactionKind kind); ///< "recharge" "reserve" "release" "deduction" "adjustment"
std::optional<TransactionKind> transactionKindFromString(const QString &text);
QList<TransactionKind> allTransactionKinds();

/// Who an earnings row pays: the influencer's share or the platform's revenue of a validation.
enum class EarningsBeneficiary { Influencer, Platform };

QString toString(EarningsBeneficiary beneficiary); ///< "influencer" | "platform"
std::optional<EarningsBeneficiary> earningsBeneficiaryFromString(const QString &text);

enum class DepositStatus { Active, Blocked };

QString toString(DepositStatus status); ///< "active" | "blocked"
std::optional<DepositStatus> depositStatusFromString(const QString &text);
QList<DepositStatus> allDepositStatuses();

/// Why a deposit is blocked: depletion (lifted by a recharge) or an admin (lifted by an admin).
enum class BlockedReason { Depleted, Admin };

QString toString(BlockedReason reason); ///< "depleted" | "admin"
std::optional<BlockedReason> blockedReasonFromString(const QString &text);

enum class CampaignStatus { Active, Paused };

QString toString(CampaignStatus status); ///< "active" | "paused"
std::optional<CampaignStatus> campaignStatusFromString(const QString &text);
QList<CampaignStatus> allCampaignStatuses();

/// Why a campaign is paused: its merchant did (manual) or its deposit ran out (depleted).
enum class PausedReason { Manual, Depleted };

QString toString(PausedReason reason); ///< "manual" | "depleted"
std::optional<PausedReason> pausedReasonFromString(const QString &text);

/// A payout request's state (contract v2): requested, then decided once by an admin.
enum class PayoutStatus { Requested, Paid, Rejected };

QString toString(PayoutStatus status); ///< "requested" | "paid" | "rejected"
std::optional<PayoutStatus> payoutStatusFromString(const QString &text);
QList<PayoutStatus> allPayoutStatuses();

/// A rejected lead's dispute (contract v2): opened by its influencer, decided once by an admin.
enum class DisputeStatus { Open, Upheld, Overturned };

QString toString(DisputeStatus status); ///< "open" | "upheld" | "overturned"
std::optional<DisputeStatus> disputeStatusFromString(const QString &text);
QList<DisputeStatus> allDisputeStatuses();

/// An entry a payout makes in its influencer's earnings ledger: the amount held when requested
/// (−a), given back when rejected (+a). A paid payout keeps its hold: the money has left.
enum class PayoutEntryKind { Requested, Rejected };

QString toString(PayoutEntryKind kind); ///< "payout_requested" | "payout_rejected"
std::optional<PayoutEntryKind> payoutEntryKindFromString(const QString &text);

/// The wire names of `values`, in order (a FieldReader's choices, "must be one of: …").
template<typename Enum>
QStringList wireNames(const QList<Enum> &values)
{
    QStringList names;
    names.reserve(values.size());
    for (const Enum value : values)
        names.append(toString(value));
    return names;
}

} // namespace lm
