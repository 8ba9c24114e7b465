// A test fixture, not a driver: an ALSA control plugin that plays a sound card with a headphone jack,
// for the tests of devices/speech/headset_jack.cpp on machines without a sound card (CI has none).
// alsa-lib loads it through its own configuration (the test writes `ctl.zuil_jack` and points
// ALSA_CONFIG_PATH at it), so the watcher under test goes through the same calls as on a real card:
// snd_ctl_open, the element list, snd_ctl_elem_read, subscribed events and poll.
//
// Like an HDA card it has a "Headphone Jack", a "Mic Jack" and a "Headphone Phantom Jack" (iface CARD,
// boolean, read-only) and a mixer volume. The test plugs and pulls the headphone by writing '1' or '0' to a
// FIFO (the `fifo` setting); each byte becomes a value event on the jack, as the kernel sends when a plug
// goes in.
#include <alsa/asoundlib.h>
#include <alsa/control_external.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <iterator>
#include <unistd.h>

namespace {

struct Element {
    snd_ctl_elem_iface_t iface;
    const char* name;
    int type;
};
// The microphone and the phantom jack always read "in", as on a real card with a microphone plugged
// in and a speaker output that cannot sense a plug: neither is a headset.
constexpr Element elements[] = {
    {SND_CTL_ELEM_IFACE_MIXER, "Master Playback Volume", SND_CTL_ELEM_TYPE_INTEGER},
    {SND_CTL_ELEM_IFACE_CARD, "Mic Jack", SND_CTL_ELEM_TYPE_BOOLEAN},
    {SND_CTL_ELEM_IFACE_CARD, "Headphone Phantom Jack", SND_CTL_ELEM_TYPE_BOOLEAN},
    {SND_CTL_ELEM_IFACE_CARD, "Headphone Jack", SND_CTL_ELEM_TYPE_BOOLEAN},
};
constexpr unsigned volume = 0, headphone = 3;

struct Card {
    snd_ctl_ext_t ext{};
    int fifo = -1;
    long headphone_plugged = 0;
};

Card* card_of(snd_ctl_ext_t* ext) {
    return static_cast<Card*>(ext->private_data);
}

int elem_count(snd_ctl_ext_t*) {
    return static_cast<int>(std::size(elements));
}

int elem_list(snd_ctl_ext_t*, unsigned offset, snd_ctl_elem_id_t* id) {
    if (offset >= std::size(elements)) return -EINVAL;
    snd_ctl_elem_id_set_interface(id, elements[offset].iface);
    snd_ctl_elem_id_set_name(id, elements[offset].name);
    return 0;
}

snd_ctl_ext_key_t find_elem(snd_ctl_ext_t*, const snd_ctl_elem_id_t* id) {
    for (unsigned i = 0; i < std::size(elements); ++i)
        if (snd_ctl_elem_id_get_interface(id) == elements[i].iface &&
            std::strcmp(snd_ctl_elem_id_get_name(id), elements[i].name) == 0)
            return i;
    return SND_CTL_EXT_KEY_NOT_FOUND;
}

int get_attribute(snd_ctl_ext_t*, snd_ctl_ext_key_t key, int* type, unsigned* access, unsigned* count) {
    *type = elements[key].type;
    *access = elements[key].iface == SND_CTL_ELEM_IFACE_CARD ? SND_CTL_EXT_ACCESS_READ
                                                             : SND_CTL_EXT_ACCESS_READWRITE;
    *count = 1;
    return 0;
}

int get_integer_info(snd_ctl_ext_t*, snd_ctl_ext_key_t key, long* min, long* max, long* step) {
    *min = 0;
    *max = elements[key].type == SND_CTL_ELEM_TYPE_INTEGER ? 100 : 1;
    *step = 1;
    return 0;
}

int read_integer(snd_ctl_ext_t* ext, snd_ctl_ext_key_t key, long* value) {
    value[0] = key == headphone ? card_of(ext)->headphone_plugged : key == volume ? 80 : 1;
    return 0;
}

int write_integer(snd_ctl_ext_t*, snd_ctl_ext_key_t, long*) {
    return 0;
}

void subscribe_events(snd_ctl_ext_t*, int) {}

// Every byte in the FIFO is a plug or pull of the headphone, announced as a change of its value.
int read_event(snd_ctl_ext_t* ext, snd_ctl_elem_id_t* id, unsigned* event_mask) {
    Card* card = card_of(ext);
    char byte;
    const ssize_t got = read(card->fifo, &byte, 1);
    if (got != 1) return -EAGAIN;
    card->headphone_plugged = byte == '1' ? 1 : 0;
    snd_ctl_elem_id_set_interface(id, elements[headphone].iface);
    snd_ctl_elem_id_set_name(id, elements[headphone].name);
    *event_mask = SND_CTL_EVENT_MASK_VALUE;
    return 1;
}

void close_card(snd_ctl_ext_t* ext) {
    Card* card = card_of(ext);
    close(card->fifo);
    delete card;
}

const snd_ctl_ext_callback_t callbacks = {
    .close = close_card,
    .elem_count = elem_count,
    .elem_list = elem_list,
    .find_elem = find_elem,
    .get_attribute = get_attribute,
    .get_integer_info = get_integer_info,
    .read_integer = read_integer,
    .write_integer = write_integer,
    .subscribe_events = subscribe_events,
    .read_event = read_event,
};

} // namespace

extern "C" SND_CTL_PLUGIN_DEFINE_FUNC(zuil_jack) {
    (void)root;
    const char* fifo_path = nullptr;
    snd_config_iterator_t i, next;
    snd_config_for_each(i, next, conf) {
        snd_config_t* setting = snd_config_iterator_entry(i);
        const char* key;
        if (snd_config_get_id(setting, &key) < 0) continue;
        if (std::strcmp(key, "comment") == 0 || std::strcmp(key, "type") == 0) continue;
        if (std::strcmp(key, "fifo") == 0 && snd_config_get_string(setting, &fifo_path) >= 0) continue;
        SNDERR("zuil_jack: unknown setting %s", key);
        return -EINVAL;
    }
    if (!fifo_path) {
        SNDERR("zuil_jack: the setting fifo is missing");
        return -EINVAL;
    }
    auto* card = new Card;
    // Read and write: the FIFO stays open without a writer, so it never reads as ended.
    card->fifo = open(fifo_path, O_RDWR | O_NONBLOCK | O_CLOEXEC);
    if (card->fifo < 0) {
        const int error = -errno;
        delete card;
        return error;
    }
    snd_ctl_ext_t& ext = card->ext;
    ext.version = SND_CTL_EXT_VERSION;
    ext.card_idx = 0;
    std::strncpy(ext.id, "ZuilJack", sizeof ext.id - 1);
    std::strncpy(ext.driver, "zuil_jack", sizeof ext.driver - 1);
    std::strncpy(ext.name, "Zuil test jack", sizeof ext.name - 1);
    std::strncpy(ext.longname, "A test fixture playing a card with a headphone jack",
                 sizeof ext.longname - 1);
    std::strncpy(ext.mixername, "Zuil test mixer", sizeof ext.mixername - 1);
    ext.poll_fd = card->fifo;
    ext.callback = &callbacks;
    ext.private_data = card;
    const int error = snd_ctl_ext_create(&ext, name, mode);
    if (error < 0) {
        close(card->fifo);
        delete card;
        return error;
    }
    *handlep = ext.handle;
    return 0;
}

extern "C" {
SND_CTL_PLUGIN_SYMBOL(zuil_jack)
}
