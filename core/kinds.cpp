#include "kinds.h"

#include <QLatin1StringView>

#include <array>

using namespace Qt::StringLiterals;

namespace lm {

namespace {

// Each enum's wire names (API.md), in the order of its values (0, 1, …): one table per enum is the
// only place a name is written. The names are exact: "Merchant" is as wrong as "merchants".
template <size_t N>
using WireNames = std::array<QLatin1StringView, N>;

constexpr WireNames<3> RoleNames{"merchant"_L1, "influencer"_L1, "admin"_L1};
constexpr WireNames<2> AccountStatusNames{"active"_L1, "disabled"_L1};
constexpr WireNames<5> TransactionKindNames{"recharge"_L1, "reserve"_L1, "release"_L1, "deduction"_L1,
                                            "adjustment"_L1};
constexpr WireNames<2> BeneficiaryNames{"influencer"_L1, "platform"_L1};
constexpr WireNames<2> DepositStatusNames{"active"_L1, "blocked"_L1};
constexpr WireNames<2> BlockedReasonNames{"depleted"_L1, "admin"_L1};
constexpr WireNames<2> CampaignStatusNames{"active"_L1, "paused"_L1};
constexpr WireNames<2> PausedReasonNames{"manual"_L1, "depleted"_L1};
constexpr WireNames<3> PayoutStatusNames{"requested"_L1, "paid"_L1, "rejected"_L1};
constexpr WireNames<2> PayoutEntryKindNames{"payout_requested"_L1, "payout_rejected"_L1};
constexpr WireNames<3> DisputeStatusNames{"open"_L1, "upheld"_L1, "overturned"_L1};

static_assert(int(Role::Admin) == RoleNames.size() - 1);
static_assert(int(AccountStatus::Disabled) == AccountStatusNames.size() - 1);
static_assert(int(TransactionKind::Adjustment) == TransactionKindNames.size() - 1);
static_assert(int(EarningsBeneficiary::Platform) == BeneficiaryNames.size() - 1);
static_assert(int(DepositStatus::Blocked) == DepositStatusNames.size() - 1);
static_assert(int(BlockedReason::Admin) == BlockedReasonNames.size() - 1);
static_assert(int(CampaignStatus::Paused) == CampaignStatusNames.size() - 1);
static_assert(int(PausedReason::Depleted) == PausedReasonNames.size() - 1);
static_assert(int(PayoutStatus::Rejected) == PayoutStatusNames.size() - 1);
static_assert(int(PayoutEntryKind::Rejected) == PayoutEntryKindNames.size() - 1);
static_assert(int(DisputeStatus::Overturned) == DisputeStatusNames.size() - 1);

template <typename Enum, size_t N>
QString nameOf(Enum value, const WireNames<N> &names)
{
    return QString(names.at(size_t(value)));
}

template <typename Enum, size_t N>
std::optional<Enum> valueOf(const QString &text, const WireNames<N> &names)
{
    for (size_t i = 0; i < N; ++i) {
        if (text == names[i])
            return Enum(i);
    }
    return std::nullopt;
}

template <typename Enum, size_t N>
QList<Enum> valuesOf(const WireNames<N> &)
{
    QList<Enum> values;
    for (size_t i = 0; i < N; ++i)
        values.append(Enum(i));
    return values;
}

} // namespace

QString toString(Role role) { return nameOf(role, RoleNames); }
std::optional<Role> roleFromString(const QString &text) { return valueOf<Role>(text, RoleNames); }
QList<Role> allRoles() { return valuesOf<Role>(RoleNames); }

QString toString(AccountStatus status) { return nameOf(status, AccountStatusNames); }
std::optional<AccountStatus> accountStatusFromString(const QString &text)
{
    return valueOf<AccountStatus>(text, AccountStatusNames);
}
QList<AccountStatus> allAccountStatuses() { return valuesOf<AccountStatus>(AccountStatusNames); }

QString toString(TransactionKind kind) { return nameOf(kind, TransactionKindNames); }
std::optional<TransactionKind> transactionKindFromString(const QString &text)
{
    return valueOf<TransactionKind>(text, TransactionKindNames);
}
QList<TransactionKind> allTransactionKinds() { return valuesOf<TransactionKind>(TransactionKindNames); }

QString toString(EarningsBeneficiary beneficiary) { return nameOf(beneficiary, BeneficiaryNames); }
std::optional<EarningsBeneficiary> earningsBeneficiaryFromString(const QString &text)
{
    return valueOf<EarningsBeneficiary>(text, BeneficiaryNames);
}

QString toString(DepositStatus status) { return nameOf(status, DepositStatusNames); }
std::optional<DepositStatus> depositStatusFromString(const QString &text)
{
    return valueOf<DepositStatus>(text, DepositStatusNames);
}
QList<DepositStatus> allDepositStatuses() { return valuesOf<DepositStatus>(DepositStatusNames); }

QString toString(BlockedReason reason) { return nameOf(reason, BlockedReasonNames); }
std::optional<BlockedReason> blockedReasonFromString(const QString &text)
{
    return valueOf<BlockedReason>(text, BlockedReasonNames);
}

QString toString(CampaignStatus status) { return nameOf(status, CampaignStatusNames); }
std::optional<CampaignStatus> campaignStatusFromString(const QString &text)
{
    return valueOf<CampaignStatus>(text, CampaignStatusNames);
}
QList<CampaignStatus> allCampaignStatuses() { return valuesOf<CampaignStatus>(CampaignStatusNames); }

QString toString(PausedReason reason) { return nameOf(reason, PausedReasonNames); }
std::optional<PausedReason> pausedReasonFromString(const QString &text)
{
    return valueOf<PausedReason>(text, PausedReasonNames);
}

QString toString(PayoutStatus status) { return nameOf(status, PayoutStatusNames); }
std::optional<PayoutStatus> payoutStatusFromString(const QString &text)
{
    return valueOf<PayoutStatus>(text, PayoutStatusNames);
}
QList<PayoutStatus> allPayoutStatuses() { return valuesOf<PayoutStatus>(PayoutStatusNames); }

QString toString(DisputeStatus status) { return nameOf(status, DisputeStatusNames); }
std::optional<DisputeStatus> disputeStatusFromString(const QString &text)
{
    return valueOf<DisputeStatus>(text, DisputeStatusNames);
}
QList<DisputeStatus> allDisputeStatuses() { return valuesOf<DisputeStatus>(DisputeStatusNames); }

QString toString(PayoutEntryKind kind) { return nameOf(kind, PayoutEntryKindNames); }
std::optional<PayoutEntryKind> payoutEntryKindFromString(const QString &text)
{
    return valueOf<PayoutEntryKind>(text, PayoutEntryKindNames);
}

} // namespace lm
