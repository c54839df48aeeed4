// Anchor for the tackresources library: its content is Qt resources (icons, sounds, translations).
namespace tack::resources {
int anchor()
{
    return 0;
}
} // namespace tack::resources
