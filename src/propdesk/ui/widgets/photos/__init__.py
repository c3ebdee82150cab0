"""Photos attached to a record, for every module's tabs: a strip (or grid) of
thumbnails that shows a missing or damaged photo as such (photo_strip.PhotoStrip), the
large view (photo_viewer), and choosing a file to attach (photo_file_choice). They ask
the module's photo service only what services.core.photos.PhotoFiles offers, so any
module whose service is a services.core.photos.AttachedPhotos can show its photos.
"""
