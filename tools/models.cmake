# The default diacritic-restoration model, built deterministically into
# ${KEHOACH_MODEL_DIR} (build/models) from:
#   - corpus/plans/hy-qd-chuong-trinh-khcn-dmst-cds-2025.txt (in-domain,
#     weight 10, chosen on two dev folds of that plan: docs/restoration.md);
#   - clean Vietnamese text from Debian packages (tools/setup.d/40-vi-text.sh,
#     in ${KEHOACH_VI_TEXT}, default /var/cache/kehoach/vi-text);
#   - Debian's hunspell-vi word list;
#   - OCR pairs: the in-domain plan rendered with pango-view and OCR'd with
#     tesseract -l eng / -l vie (tools/restore/make_pairs.sh).
# Held out (never trained or tuned on): the qd840 plan (rendered and OCR'd
# only to make ${KEHOACH_MODEL_DIR}/heldout-eng.txt for bench/restore_bench)
# and the Đồng Nai plan.
set(KEHOACH_VI_TEXT "/var/cache/kehoach/vi-text" CACHE PATH "Clean Vietnamese text from Debian packages")
set(RESTORE_TRAIN ${PROJECT_SOURCE_DIR}/corpus/plans/hy-qd-chuong-trinh-khcn-dmst-cds-2025.txt)
set(RESTORE_HELDOUT ${PROJECT_SOURCE_DIR}/corpus/plans/hy-kh-trien-khai-qd840-cong-nghiep-cns-2026.txt)
set(RESTORE_DATA ${KEHOACH_MODEL_DIR}/restore-data)
set(RESTORE_HUNSPELL /usr/share/hunspell/vi_VN.dic)

set(restore_text_args ${RESTORE_TRAIN}:10)
set(restore_text_deps ${RESTORE_TRAIN})
if(EXISTS ${KEHOACH_VI_TEXT})
  file(GLOB vi_text_files ${KEHOACH_VI_TEXT}/*.txt)
  list(SORT vi_text_files)
  list(APPEND restore_text_args ${vi_text_files})
  list(APPEND restore_text_deps ${vi_text_files})
else()
  message(WARNING "restoration model: ${KEHOACH_VI_TEXT} missing (run tools/setup.sh); training on corpus/ only")
endif()
set(restore_hunspell_args)
if(EXISTS ${RESTORE_HUNSPELL})
  set(restore_hunspell_args --hunspell ${RESTORE_HUNSPELL})
endif()

add_custom_command(
  OUTPUT ${RESTORE_DATA}/eng-pairs.tsv ${RESTORE_DATA}/vie-pairs.tsv ${KEHOACH_MODEL_DIR}/heldout-eng.txt
  COMMAND ${CMAKE_COMMAND} -E make_directory ${RESTORE_DATA}
  COMMAND bash ${PROJECT_SOURCE_DIR}/tools/restore/make_pairs.sh ${RESTORE_DATA} $<TARGET_FILE:restore_pairs>
          ${RESTORE_HELDOUT} ${RESTORE_TRAIN}
  COMMAND ${CMAKE_COMMAND} -E copy ${RESTORE_DATA}/heldout-eng.txt ${KEHOACH_MODEL_DIR}/heldout-eng.txt
  DEPENDS restore_pairs ${PROJECT_SOURCE_DIR}/tools/restore/make_pairs.sh ${RESTORE_TRAIN} ${RESTORE_HELDOUT}
  COMMENT "Rendering and OCR'ing training pages for the restoration model (pango-view + tesseract)"
  VERBATIM)

add_custom_command(
  OUTPUT ${KEHOACH_MODEL_DIR}/vi-restore.bin
  COMMAND restore_model --out ${KEHOACH_MODEL_DIR}/vi-restore.bin --order 4 ${restore_hunspell_args}
          --pairs ${RESTORE_DATA}/eng-pairs.tsv --pairs ${RESTORE_DATA}/vie-pairs.tsv ${restore_text_args}
  DEPENDS restore_model ${restore_text_deps} ${RESTORE_DATA}/eng-pairs.tsv ${RESTORE_DATA}/vie-pairs.tsv
  COMMENT "Building the diacritic-restoration model vi-restore.bin"
  VERBATIM)

add_custom_target(restore_model_data ALL DEPENDS ${KEHOACH_MODEL_DIR}/vi-restore.bin ${KEHOACH_MODEL_DIR}/heldout-eng.txt)
