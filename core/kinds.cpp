#include "kinds.h"

using namespace Qt::StringLiterals;

namespace lm {

namespace {

// The wire names are exact (API.md): "Merchant" is as wrong as "merchants".
template<typename Enum>
std::optional<Enum> fromWireName(const QString &text, const QList<Enum> &values)
{
    for (const Enum value : values) {
        if (text == toString(value))
            return value;
    }
    return std::nullopt;
}

} // namespace

QString toString(Role role)
{
    switch (role) {
    case Role::Merchant:
        return u"merchant"_s;
    case Role::Influencer:
        return u"influencer"_s;
    case Role::Admin:
        return u"admin"_s;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<Role> roleFromString(const QString &text)
{
    return fromWireName(text, allRoles());
}

QList<Role> allRoles()
{
    return {Role::Merchant, Role::Influencer, Role::Admin};
}

QString toString(TransactionKind kind)
{
    switch (kind) {
    case TransactionKind::Recharge:
        return u"recharge"_s;
    case TransactionKind::Reserve:
        return u"reserve"_s;
    case TransactionKind::Release:
        return u"release"_s;
    case TransactionKind::Deduction:
        return u"deduction"_s;
    case TransactionKind::Adjustment:
        return u"adjustment"_s;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<TransactionKind> transactionKindFromString(const QString &text)
{
    return fromWireName(text, allTransactionKinds());
}

QList<TransactionKind> allTransactionKinds()
{
    return {TransactionKind::Recharge, TransactionKind::Reserve, TransactionKind::Release, TransactionKind::Deduction,
            TransactionKind::Adjustment};
}

QString toString(EarningsBeneficiary beneficiary)
{
    switch (beneficiary) {
    case EarningsBeneficiary::Influencer:
        return u"influencer"_s;
    case EarningsBeneficiary::Platform:
        return u"platform"_s;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<EarningsBeneficiary> earningsBeneficiaryFromString(const QString &text)
{
    return fromWireName(text, QList{EarningsBeneficiary::Influencer, EarningsBeneficiary::Platform});
}

QString toString(DepositStatus status)
{
    switch (status) {
    case DepositStatus::Active:
        return u"active"_s;
    case DepositStatus::Blocked:
        return u"blocked"_s;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<DepositStatus> depositStatusFromString(const QString &text)
{
    return fromWireName(text, allDepositStatuses());
}

QList<DepositStatus> allDepositStatuses()
{
    return {DepositStatus::Active, DepositStatus::Blocked};
}

QString toString(BlockedReason reason)
{
    switch (reason) {
    case BlockedReason::Depleted:
        return u"depleted"_s;
    case BlockedReason::Admin:
        return u"admin"_s;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<BlockedReason> blockedReasonFromString(const QString &text)
{
    return fromWireName(text, QList{BlockedReason::Depleted, BlockedReason::Admin});
}

QString toString(CampaignStatus status)
{
    switch (status) {
    case CampaignStatus::Active:
        return u"active"_s;
    case CampaignStatus::Paused:
        return u"paused"_s;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<CampaignStatus> campaignStatusFromString(const QString &text)
{
    return fromWireName(text, allCampaignStatuses());
}

QList<CampaignStatus> allCampaignStatuses()
{
    return {CampaignStatus::Active, CampaignStatus::Paused};
}

QString toString(PausedReason reason)
{
    switch (reason) {
    case PausedReason::Manual:
        return u"manual"_s;
    case PausedReason::Depleted:
        return u"depleted"_s;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<PausedReason> pausedReasonFromString(const QString &text)
{
    return fromWireName(text, QList{PausedReason::Manual, PausedReason::Depleted});
}

} // namespace lm
