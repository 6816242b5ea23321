# What 'cmake --install' puts where, the CMake package find_package(chronograph) reads, and the
# Debian package 'cpack -G DEB' makes from the same install.
include(CMakePackageConfigHelpers)

set(CHRONOGRAPH_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/chronograph)

install(TARGETS chronograph RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(TARGETS chronograph_core EXPORT chronographTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR})
install(DIRECTORY include/chronograph DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(EXPORT chronographTargets NAMESPACE chronograph:: DESTINATION ${CHRONOGRAPH_CMAKE_DIR})
configure_package_config_file(cmake/chronographConfig.cmake.in
  ${CMAKE_CURRENT_BINARY_DIR}/chronographConfig.cmake INSTALL_DESTINATION ${CHRONOGRAPH_CMAKE_DIR})
write_basic_package_version_file(${CMAKE_CURRENT_BINARY_DIR}/chronographConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/chronographConfig.cmake
              ${CMAKE_CURRENT_BINARY_DIR}/chronographConfigVersion.cmake
              cmake/FindLIBLINEAR.cmake
        DESTINATION ${CHRONOGRAPH_CMAKE_DIR})

# The default data. The binary has it compiled in; the files are there to read and extend
# (--lexicon), and 'train' finds the models here when run outside a clone (base/data_path).
install(FILES data/lexicon.yaml DESTINATION ${CMAKE_INSTALL_DATADIR}/chronograph)
install(DIRECTORY data/events data/models DESTINATION ${CMAKE_INSTALL_DATADIR}/chronograph)

# The man page is made from the installed binary's --help at install time, so it always
# matches and needs no help2man (Makefile.docs makes the fuller one for the website).
install(CODE "execute_process(COMMAND \"${CMAKE_COMMAND}\"
  -DBINARY=$<TARGET_FILE:chronograph> -DVERSION=${PROJECT_VERSION}
  -DOUTPUT=${CMAKE_CURRENT_BINARY_DIR}/man/chronograph.1
  -P \"${CMAKE_CURRENT_SOURCE_DIR}/cmake/man_page.cmake\" COMMAND_ERROR_IS_FATAL ANY)")
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/man/chronograph.1
        DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES data/completions/chronograph.bash
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME chronograph)
install(FILES data/completions/_chronograph
        DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)

set(CPACK_PACKAGE_NAME chronograph)
set(CPACK_PACKAGE_VENDOR "chronograph")
set(CPACK_PACKAGE_CONTACT "chronograph maintainers <chronograph@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "dated events from news texts, linked into a timeline graph (tool and C++ library)")
set(CPACK_PACKAGE_INSTALL_DIRECTORY chronograph)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
# The binary's run-time libraries come from dpkg-shlibdeps; graphviz is exec'd for PNG/PDF.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "graphviz")
# What find_package(chronograph) needs to link the static library into a consumer.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS
    "libboost-graph-dev, libgraphviz-dev, libhowardhinnant-date-dev, libyaml-cpp-dev, nlohmann-json3-dev, libre2-dev, liblinear-dev, pkg-config")
include(CPack)
