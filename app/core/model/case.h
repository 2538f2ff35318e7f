// The case (hồ sơ): one citizen request with its parties, parcels, papers and state; every document is a view of it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/contract_terms.h"
#include "model/estate.h"
#include "model/parcel.h"
#include "model/party.h"
#include "model/share.h"
#include "model/source_document.h"
#include "model/vocabulary.h"
#include "util/datetime.h"

namespace landdesk::model {

struct CaseParty {
  Party party;
  PartyRole role = PartyRole::Transferor;
  std::optional<size_t> spouse;  // index into Case::parties of this party's spouse, when in the case
  friend bool operator==(const CaseParty&, const CaseParty&) = default;
};

// "parties[from] is the <kinship> of parties[to]".
struct Relationship {
  size_t from = 0;
  size_t to = 0;
  Kinship kinship = Kinship::Other;
  friend bool operator==(const Relationship&, const Relationship&) = default;
};

struct CaseParcel {
  Parcel parcel;
  std::optional<int64_t> price;           // đồng: price (transfer) or declared value (gift, estate)
  std::optional<Decimal> transferredArea;  // m², for a transfer of part of the parcel
  std::vector<ParcelOwner> owners;         // who holds the right, with shares, when several do (co-owned parcel)
  friend bool operator==(const CaseParcel&, const CaseParcel&) = default;
};

struct Case {
  int64_t id = 0;
  std::string code;  // mã hồ sơ, assigned when stored if empty
  CaseKind kind = CaseKind::TransferWhole;
  CaseStatus status = CaseStatus::Received;
  IntakeChannel channel = IntakeChannel::Counter;
  LocalDateTime receivedAt{};
  std::optional<LocalDateTime> dueAt;
  std::string officer;
  std::vector<CaseParty> parties;
  std::vector<Relationship> relationships;
  std::vector<CaseParcel> parcels;
  std::vector<SourceDocument> documents;
  std::optional<ContractTerms> terms;  // transfer and gift contracts; none until the officer records them
  std::optional<Estate> estate;        // inheritance kinds
  int64_t rowVersion = 0;  // optimistic lock: bumped by every stored update
  friend bool operator==(const Case&, const Case&) = default;
};

// One row of the case list: what an officer scans at a glance.
struct CaseSummary {
  int64_t id = 0;
  std::string code;
  CaseKind kind = CaseKind::TransferWhole;
  CaseStatus status = CaseStatus::Received;
  std::string mainParty;
  std::string parcelNumber;
  std::string mapSheet;
  std::string parcelAddress;
  LocalDateTime receivedAt{};
  std::optional<LocalDateTime> dueAt;
};

}  // namespace landdesk::model
