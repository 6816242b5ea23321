# Finds LIBLINEAR (Debian: liblinear-dev), which has no pkg-config file; defines
# LIBLINEAR::LIBLINEAR. Only the event model's trainer links it: detection reads weights.
find_path(LIBLINEAR_INCLUDE_DIR linear.h)
find_library(LIBLINEAR_LIBRARY NAMES linear)
include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(LIBLINEAR REQUIRED_VARS LIBLINEAR_LIBRARY LIBLINEAR_INCLUDE_DIR)
if(LIBLINEAR_FOUND AND NOT TARGET LIBLINEAR::LIBLINEAR)
  add_library(LIBLINEAR::LIBLINEAR UNKNOWN IMPORTED)
  set_target_properties(LIBLINEAR::LIBLINEAR PROPERTIES
    IMPORTED_LOCATION ${LIBLINEAR_LIBRARY}
    INTERFACE_INCLUDE_DIRECTORIES ${LIBLINEAR_INCLUDE_DIR})
endif()
