// The DOCX report templates compiled into the program (bytes generated from templates/*.docx by the build).
#pragma once

#include <string_view>

namespace landdesk::reports::embedded {

std::string_view statisticsTemplate();    // templates/bao_cao_thong_ke.docx
std::string_view registerBookTemplate();  // templates/so_chung_thuc.docx
std::string_view trackingBookTemplate();  // templates/so_theo_doi_ho_so.docx

}  // namespace landdesk::reports::embedded
