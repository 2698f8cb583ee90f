// The program that owns the test programs' precompiled headers (cmake/RelmPrecompiledHeaders.cmake).
// It is built, never run.
int main() {
    return 0;
}
