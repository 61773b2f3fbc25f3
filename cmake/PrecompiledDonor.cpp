// Compiled only to make a precompiled header that a group of test suites reuses
// (cmake/Precompiled.cmake).
