// Where each value of a paper was read (migration 13): boxes saved with a case's document come back the same after
// reopening, on SQLite and on PostgreSQL; a case rewrite keeps them, removing the document removes them.
#include <boost/test/unit_test.hpp>

#include "storage/case_repository.h"
#include "storage/field_box_repository.h"
#include "storage_fixture.h"

using namespace landdesk;
using namespace landdesk::test;

BOOST_AUTO_TEST_SUITE(field_boxes)

BOOST_AUTO_TEST_CASE(boxes_round_trip_and_follow_their_document) {
  DatabaseFixture f;
  model::Case c = fullCase();
  const std::vector<storage::FieldBox> boxes = {{"id_number", 0, 812, 404, 310, 42, 0.97},
                                                {"owners.0.full_name", 1, 120, 1630, 905, 51, 0.625},
                                                {"empty", 0, 5, 5, 0, 10, 0.5}};  // no area: not kept
  int64_t documentId = 0;
  {
    auto db = f.open();
    BOOST_REQUIRE(db->cases().add(c, "test"));
    documentId = c.documents.at(0).id;
    BOOST_REQUIRE(documentId > 0);
    BOOST_REQUIRE(storage::FieldBoxRepository(*db).save(documentId, boxes));
  }
  auto db = f.open();
  storage::FieldBoxRepository repo(*db);
  auto back = repo.ofDocument(documentId);
  BOOST_REQUIRE(back);
  BOOST_REQUIRE(back->size() == 2u);
  BOOST_TEST((back->at(0) == boxes[0]));
  BOOST_TEST((back->at(1) == boxes[1]));
  BOOST_TEST(repo.ofDocument(documentId + 1000)->empty());  // a paper read before boxes were kept

  // Saving again replaces; rewriting the case (values confirmed) keeps the boxes.
  BOOST_REQUIRE(repo.save(documentId, {boxes[1]}));
  auto stored = db->cases().byId(c.id);
  BOOST_REQUIRE(stored);
  stored->documents.at(0).fields.at(0).provenance = model::Provenance::Confirmed;
  BOOST_REQUIRE(db->cases().update(*stored, "test"));
  BOOST_TEST(repo.ofDocument(documentId)->size() == 1u);
  BOOST_TEST(repo.ofDocument(documentId)->at(0).field == "owners.0.full_name");

  // The document taken out of the case takes its boxes with it.
  stored = db->cases().byId(c.id);
  stored->documents.clear();
  BOOST_REQUIRE(db->cases().update(*stored, "test"));
  BOOST_TEST(repo.ofDocument(documentId)->empty());
}

BOOST_AUTO_TEST_SUITE_END()
