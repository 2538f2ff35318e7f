#include "model/contract_terms.h"

#include "model/estate.h"

namespace landdesk::model {

namespace {
constexpr Term<ContractSide> kSides[] = {
    {ContractSide::A, "a", "Bên A", "Side A"},
    {ContractSide::B, "b", "Bên B", "Side B"},
    {ContractSide::Both, "both", "Hai bên", "Both sides"},
};
constexpr Term<InheritanceBasis> kBases[] = {
    {InheritanceBasis::Law, "law", "theo pháp luật", "by law"},
    {InheritanceBasis::Will, "will", "theo di chúc", "by will"},
};
}  // namespace

template <> std::span<const Term<ContractSide>> terms() { return kSides; }
template <> std::span<const Term<InheritanceBasis>> terms() { return kBases; }

std::string_view sideLabel(ContractSide side) { return term(side).vi; }

}  // namespace landdesk::model
